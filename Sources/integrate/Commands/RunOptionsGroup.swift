import ArgumentParser
import Foundation
import IntegrateCore

/// Options shared by `run` and `status`.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "The project folder (default: the current directory).")
    var projectPath: String = "."

    @Option(name: .long, help: "Folder of framework files to install (default: $INTEGRATE_TEMPLATES, then ~/.claude/process-templates-n-prompts/integrations/, then the built-in defaults).")
    var templates: String?

    @Option(name: .long, help: "Folder for the artifacts (default: <project>/.claude/integrations).")
    var output: String?

    @Option(name: .long, parsing: .unconditional, help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 2_000_000

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    func runOptions(dryRun: Bool, phases: [Int]?, restore: Bool) -> RunOptions {
        let root = URL(fileURLWithPath: projectPath)
        return RunOptions(
            projectRoot: root, templatesDirectory: templates, outputFolder: output.map { URL(fileURLWithPath: $0) },
            phases: phases, dryRun: dryRun, restoreDeletedBlocks: restore, scan: ScanOptions(maxFileSize: maxFileSize))
    }
}

/// Output formats of commands that print a report.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Prints an `IntegrateError` the way every command does and exits with its code.
func exitWith(_ error: IntegrateError) -> ExitCode {
    FileHandle.standardError.write(Data("integrate: \(error.description)\n".utf8))
    return ExitCode(error.code.rawValue)
}
