import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate contracts lint [SPEC...]`: integration-readiness rules over OpenAPI specs.
struct ContractsLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check OpenAPI specs for integration readiness.",
        discussion: """
            Without SPEC, lints every OpenAPI/Swagger file under --project. --config names a YAML \
            file `rules: {rule-id: off|error|warning|info}`. An unreadable spec is reported and the others \
            are still linted. Exit codes: 0 clean, 1 --fail-on \
            triggered, 2 a spec or the config could not be loaded, 64 wrong arguments.
            """
    )

    @Argument(help: "Spec files (default: every spec under --project).") var specs: [String] = []
    @Option(help: "Project root to search for specs.") var project: String = "."
    @Option(help: "Lint config file (rules: {id: off|error|warning|info}).") var config: String?
    @Option(help: "text, json or sarif.") var format: LintOutputFormat = .text
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding reaches this severity: error, warning or info.") var failOn: ChangeLevel?
    @Option(help: "Write the output to this file instead of stdout.") var output: String?

    func run() async throws {
        var files = specs
        if files.isEmpty {
            let root = URL(fileURLWithPath: project)
            do {
                files = try SpecDiscovery.find(root: root).map { root.appendingPathComponent($0).path }
            } catch {
                throw CommandExit.loadFailure(error)
            }
        }
        var findings: [LintFinding] = []
        let linter: ContractLinter
        do {
            linter = ContractLinter(config: try config.map { try LintConfig.parse(try CommandExit.readFile($0), file: $0) } ?? LintConfig())
        } catch let error as SpecLoadError {
            throw CommandExit.loadFailure(error)
        }
        // An unreadable spec is reported (stderr) and the others are still linted; the exit
        // code says so at the end.
        var unreadable = 0
        for file in files {
            do {
                findings += linter.lint(try SpecLoader().load(.file(file)))
            } catch {
                unreadable += 1
                FileHandle.standardError.write(Data("\(error)\n".utf8))
            }
        }
        let text: String
        switch format {
        case .json: text = try LintRenderer.json(findings)
        case .sarif: text = try LintRenderer.sarif(findings)
        case .text: text = LintRenderer.text(findings, files: files.count - unreadable)
            + (unreadable > 0 ? "\(unreadable) of \(files.count) specs could not be read (see above)\n" : "")
        }
        try CommandExit.write(text, to: output)
        if unreadable > 0 { throw ExitCode(2) }
        if CommandExit.triggered(findings.map(\.severity), failOn: failOn) { throw ExitCode(1) }
    }
}
