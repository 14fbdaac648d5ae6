import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate contracts diff BASE REVISION`: breaking-change detection in the manner of oasdiff.
struct ContractsDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Report changes between two versions of an OpenAPI spec, with oasdiff's ids and levels.",
        discussion: """
            BASE and REVISION are files or git:REV:path. With --base REV every spec of the project \
            is compared with its version at REV. Inside a project, each change lists the consumers \
            whose outbound calls match the changed operation. Exit codes: 0 clean, 1 --fail-on \
            triggered, 2 a spec could not be loaded, 64 wrong arguments.
            """
    )

    @Argument(help: "Base spec (file or git:REV:path).") var baseSpec: String?
    @Argument(help: "Revision spec (file or git:REV:path).") var revisionSpec: String?
    @Option(name: .customLong("base"), help: "Diff every spec of the project against this git revision.") var baseRevision: String?
    @Option(help: "Project root (git repository, consumer scan).") var project: String = "."
    @Option(help: "text, markdown, json or sarif.") var format: DiffOutputFormat = .text
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a change reaches this level: error or warning (or info).") var failOn: ChangeLevel?
    @Option(help: "Ignore file: lines `METHOD /path check-id`.") var ignore: String?
    @Option(help: "Levels file: lines `check-id: error|warning|info|none`.") var levels: String?
    @Option(help: "Write the output to this file instead of stdout.") var output: String?
    @Option(help: "Today's date (yyyy-MM-dd) for sunset checks; defaults to the current date.") var today: String?
    @Flag(name: .customLong("no-consumers"), help: "Skip the project scan for consumer impact.") var noConsumers = false

    func run() async throws {
        var policy = DiffPolicy()
        do {
            if let ignore { policy.ignores = try DiffPolicy.parseIgnores(try CommandExit.readFile(ignore), file: ignore) }
            if let levels { policy.levels = try DiffPolicy.parseLevels(try CommandExit.readFile(levels), file: levels) }
        } catch let error as SpecLoadError {
            throw CommandExit.loadFailure(error)
        }
        let root = URL(fileURLWithPath: project)
        var diffRun = ContractDiffRun(options: today.map { DiffOptions(today: $0) } ?? DiffOptions(), policy: policy)
        if !noConsumers, let scanned = project != "." ? root : ProjectRoot.find(from: root) {
            do {
                diffRun.landscape = try ProjectScanner().scan(root: scanned).landscape
            } catch {
                // The diff stands without the consumers; say why they are missing.
                FileHandle.standardError.write(Data("warning: consumers not listed: the project scan failed: \(error)\n".utf8))
            }
        }
        let reports: [DiffReport]
        do {
            switch (baseSpec, revisionSpec, baseRevision) {
            case (let a?, let b?, nil):
                reports = [try diffRun.run(base: SpecSource.parse(a, repository: project), revision: SpecSource.parse(b, repository: project))]
            case (nil, nil, let revision?):
                reports = try diffRun.runProject(root: root, revision: revision)
            default:
                throw ValidationError("give BASE and REVISION specs, or --base REV (not both)")
            }
        } catch let error as SpecLoadError {
            throw CommandExit.loadFailure(error)
        }
        let text: String
        switch format {
        case .json: text = try DiffJSONRenderer().render(reports)
        case .sarif: text = try DiffSARIFRenderer().render(reports)
        case .markdown: text = DiffMarkdownRenderer().render(reports)
        case .text: text = DiffTextRenderer().render(reports)
        }
        try CommandExit.write(text, to: output)
        if CommandExit.triggered(reports.flatMap(\.changes).map(\.level), failOn: failOn) { throw ExitCode(1) }
    }
}
