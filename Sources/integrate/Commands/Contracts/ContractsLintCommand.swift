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
            file `rules: {rule-id: off|error|warning|info}`. Exit codes: 0 clean, 1 --fail-on \
            triggered, 2 a spec or the config could not be loaded.
            """
    )

    @Argument(help: "Spec files (default: every spec under --project).") var specs: [String] = []
    @Option(help: "Project root to search for specs.") var project: String = "."
    @Option(help: "Lint config file (rules: {id: off|error|warning|info}).") var config: String?
    @Option(help: "text, json or sarif.") var format: String = "text"
    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding reaches this severity: error, warning or info.") var failOn: String?
    @Option(help: "Write the output to this file instead of stdout.") var output: String?

    func run() async throws {
        guard ["text", "json", "sarif"].contains(format) else { throw ContractsExit.usage("--format must be text, json or sarif") }
        var threshold: ChangeLevel?
        if let failOn {
            guard let level = ChangeLevel(parsing: failOn) else { throw ContractsExit.usage("--fail-on must be error, warning or info") }
            threshold = level
        }
        var files = specs
        if files.isEmpty {
            let root = URL(fileURLWithPath: project)
            files = SpecDiscovery.find(root: root).map { root.appendingPathComponent($0).path }
        }
        var findings: [LintFinding] = []
        do {
            let lintConfig = try config.map { try LintConfig.parse(try ContractsExit.readFile($0), file: $0) } ?? LintConfig()
            let linter = ContractLinter(config: lintConfig)
            for file in files { findings += linter.lint(try SpecLoader().load(.file(file))) }
        } catch let error as SpecLoadError {
            throw ContractsExit.loadFailure(error)
        }
        let text: String
        switch format {
        case "json": text = try LintRenderer.json(findings)
        case "sarif": text = try LintRenderer.sarif(findings)
        default: text = LintRenderer.text(findings, files: files.count)
        }
        try ContractsExit.write(text, to: output)
        if ContractsExit.triggered(findings.map(\.severity), failOn: threshold) { throw ExitCode(1) }
    }
}
