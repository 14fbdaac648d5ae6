import Foundation
import Testing

/// Two runs started at once on one project, many times: the lock (taken before anything is
/// read) lets exactly one write; the other exits 4 saying why, or, when it starts after the
/// first ended, finds nothing left to change. The CHANGELOG never gets the entry twice.
@Suite("Faults: two runs at once", .serialized)
struct RaceTests {
    static let rounds = 12

    @Test func exactlyOneOfTwoConcurrentRunsWrites() throws {
        let tool = try BuiltTool.locate()
        let base = try temporaryFolder("race")
        defer { try? FileManager.default.removeItem(at: base) }
        let template = base.appendingPathComponent("template")
        let changelog = ".claude/integrations/CHANGELOG.md"
        try write(faultProject(version: 1), under: template)
        #expect(try tool.run([template.path]).status == 0)
        try write(faultProject(version: 2), under: template)
        func entries(_ project: URL) throws -> [Substring] {
            try String(contentsOf: project.appendingPathComponent(changelog), encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("## ") }
        }
        let before = try entries(template).count
        var contended = 0
        for round in 1...Self.rounds {
            let project = base.appendingPathComponent("round-\(round)")
            try FileManager.default.copyItem(at: template, to: project)
            let first = try tool.start([project.path]), second = try tool.start([project.path])
            let outcomes = [BuiltTool.finish(first), BuiltTool.finish(second)]
            let statuses = outcomes.map(\.status).sorted()
            #expect(statuses == [0, 0] || statuses == [0, 4], "round \(round): exit codes \(statuses): \(outcomes.map(\.errors))")
            let writers = outcomes.filter { $0.status == 0 && $0.output.contains("Wrote ") }
            #expect(writers.count == 1, "round \(round): \(writers.count) runs wrote")
            for refused in outcomes where refused.status == 4 {
                contended += 1
                #expect(refused.errors.contains("another integrate run ("), "round \(round): \(refused.errors)")
                #expect(refused.errors.contains("nothing was read or written; try again when it ends"))
                #expect(refused.output.isEmpty)
            }
            let added = try entries(project).count - before
            #expect(added == 1, "round \(round): \(added) new CHANGELOG entries")
            #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(".claude/integrations/.integrate/lock").path))
            try? FileManager.default.removeItem(at: project)
        }
        // Each run holds the lock for its whole run (hundreds of milliseconds), so runs started
        // together overlap in nearly every round; none overlapping would mean the test tests nothing.
        #expect(contended > 0, "no round had the two runs overlap")
    }
}
