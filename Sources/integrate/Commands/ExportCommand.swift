import ArgumentParser
import Foundation
import IntegrateCore

extension ExportFormat: ExpressibleByArgument {}

/// `integrate export FORMAT [path]`: the landscape in a catalog, SBOM or architecture format.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Map the landscape (Phase 0) and print it as a Backstage catalog, CycloneDX 1.6 BOM, Structurizr DSL or Mermaid C4 view.",
        discussion: """
            Formats: backstage (catalog-info.yaml), cyclonedx (CycloneDX 1.6 JSON services), \
            structurizr (workspace DSL), mermaid-c4 (C4Container). Printed to standard output \
            unless --output names a file; spec paths in the export are relative to that file's folder. \
            `integrate run --export FORMAT` writes the same files under .claude/integrations/exports/.
            """)

    @Argument(help: "Export format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat

    @Argument(help: "The project folder (default: the current directory).")
    var projectPath: String = "."

    @Option(name: .long, help: "Write the export to this file instead of printing it.")
    var output: String?

    @Option(name: .long, help: "Name of the system in the export (default: the project folder's name).")
    var name: String?

    @Option(name: .long, parsing: .unconditional, help: "Skip files larger than this many bytes.")
    var maxFileSize: Int = 2_000_000

    func validate() throws {
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be a positive number of bytes.") }
    }

    func run() async throws {
        do {
            let root = URL(fileURLWithPath: projectPath).standardizedFileURL
            let rules = root.appendingPathComponent(".claude/integrations/rules")
            let result = try ProjectScanner(options: ScanOptions(maxFileSize: maxFileSize, userRulesDirectory: rules)).scan(root: root)
            let file = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
            let text = ProjectExport.render(format, landscape: result.landscape, root: root, folder: file?.deletingLastPathComponent(), systemName: name)
            if let file {
                try ProjectExport.write(text, to: file)
            } else {
                print(text, terminator: "")
            }
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
