import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate scan [path]`: maps the integration landscape and prints it; writes nothing.
struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Map the project's integration landscape (Phase 0) and print it; writes nothing.",
        discussion: """
            Components, integration points with file:line evidence, data stores, brokers, external \
            systems, resolved edges and unresolved targets. --format sarif gives SARIF 2.1.0 for \
            code-scanning UIs. Secret values are never printed, only their location.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }

    @Argument(help: "The project folder (default: the current directory).")
    var projectPath: String = "."

    @Option(name: .long, help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Flag(name: .long, help: "Also list skipped paths with the reason and every diagnostic.")
    var verbose = false

    @Option(name: .long, parsing: .unconditional, help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 2_000_000

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    func run() async throws {
        do {
            let root = try projectFolder()
            let rules = root.appendingPathComponent(".claude/integrations/rules")
            let result = try ProjectScanner(options: ScanOptions(maxFileSize: maxFileSize, userRulesDirectory: rules)).scan(root: root)
            switch format {
            case .text: print(LandscapeTextRenderer.render(result, verbose: verbose), terminator: "")
            case .json: print(StableJSON.encode(result), terminator: "")
            case .sarif: print(SarifRenderer.render(result.landscape), terminator: "")
            }
            if verbose && format != .text {
                for diagnostic in result.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
                for skipped in result.skipped { FileHandle.standardError.write(Data("\(skipped.path): skipped: \(skipped.reason)\n".utf8)) }
            }
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }

    /// The folder to scan; named in errors exactly as the person typed it.
    private func projectFolder() throws -> URL {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: projectPath, isDirectory: &isDirectory) else {
            throw IntegrateError(.usage, "no such folder", path: projectPath)
        }
        guard isDirectory.boolValue else { throw IntegrateError(.usage, "is a file; give the project's folder", path: projectPath) }
        return URL(fileURLWithPath: projectPath)
    }
}
