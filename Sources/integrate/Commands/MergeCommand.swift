import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate merge LANDSCAPE.json... [--output DIR]`: one landscape for many repositories.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the landscapes of many repositories into one, with cross-repository edges.",
        discussion: """
            Each file is the output of `integrate scan --format json` (or a saved \
            .claude/integrations/.integrate/landscape.json); the repository is named after the file \
            (orders.json -> orders) or the project folder. Components stay per repository; calls and \
            topics are linked across repositories through hostnames, Kubernetes Service names, the \
            servers API specs name (host and path prefix) and shared topics. Writes integration-architecture.md, landscape.dot, landscape.json and \
            exports/ into --output. Files are read one at a time.
            """)

    @Argument(help: "Landscape files (scan JSON or landscape.json), one per repository.")
    var landscapes: [String]

    @Option(name: .long, help: "Folder to write the merged files into (default: ./integration-landscape).")
    var output: String = "integration-landscape"

    @Option(name: .long, help: "Name of the whole system in the exports (default: the output folder's name).")
    var name: String?

    func validate() throws {
        guard !landscapes.isEmpty else { throw ValidationError("Give at least one landscape file.") }
    }

    func run() async throws {
        do {
            var merger = LandscapeMerger()
            for path in landscapes { merger.add(try LandscapeFile.load(URL(fileURLWithPath: path))) }
            let (landscape, summary) = merger.finish()
            let folder = URL(fileURLWithPath: output).standardizedFileURL
            let files = LandscapeMergeOutput.files(landscape, summary: summary, systemName: name ?? folder.lastPathComponent, folder: folder)
            let changed = try LandscapeMergeOutput.write(files, to: folder)
            print("merged \(summary.repositories) repositories: \(summary.components) components, \(summary.edges) edges (\(summary.crossRepositoryEdges) across repositories)")
            for note in summary.notes { print("note: \(note)") }
            print(changed.isEmpty ? "\(output): unchanged" : "\(output): wrote \(changed.joined(separator: ", "))")
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
