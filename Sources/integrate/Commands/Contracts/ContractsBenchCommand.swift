import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate contracts bench BASE REVISION`: benchmark aid for `scripts/bench-contracts`.
///
/// Times, in one process, parsing both files with Yams only, then the full diff (load + model +
/// checks), and prints both times, their ratio and the peak resident memory.
struct ContractsBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark aid: time the diff of two specs against merely parsing them.",
        shouldDisplay: false
    )

    @Argument var baseSpec: String
    @Argument var revisionSpec: String
    @Option(name: .customLong("repeat"), help: "Repetitions (best time is kept).") var repetitions: Int = 3

    func run() async throws {
        let a = try CommandExit.readFile(baseSpec)
        let b = try CommandExit.readFile(revisionSpec)
        var parseBest = Double.infinity
        var diffBest = Double.infinity
        var loadBest = Double.infinity
        var changes = 0
        for _ in 0..<max(repetitions, 1) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = try SpecNodeReader.composeOnly(text: a)
            _ = try SpecNodeReader.composeOnly(text: b)
            let t1 = DispatchTime.now().uptimeNanoseconds
            let report = try ContractDiffRun().run(base: .file(baseSpec), revision: .file(revisionSpec))
            let t2 = DispatchTime.now().uptimeNanoseconds
            _ = try SpecLoader().load(.file(baseSpec))
            _ = try SpecLoader().load(.file(revisionSpec))
            let t3 = DispatchTime.now().uptimeNanoseconds
            loadBest = min(loadBest, Double(t3 - t2) / 1e9)
            changes = report.changes.count
            parseBest = min(parseBest, Double(t1 - t0) / 1e9)
            diffBest = min(diffBest, Double(t2 - t1) / 1e9)
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMB = Double(usage.ru_maxrss) / 1024
        print(String(format: "parse_seconds=%.3f load_seconds=%.3f diff_seconds=%.3f ratio=%.2f changes=%d peak_rss_mb=%.1f",
                     parseBest, loadBest, diffBest, diffBest / parseBest, changes, peakMB))
    }
}
