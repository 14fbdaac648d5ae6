import Foundation

/// The files `integrate merge` writes for the whole system, from the merged landscape alone and
/// with the renderers a single repository's run uses: `integration-architecture.md` (Phase 0's
/// sections), `landscape.dot`, `landscape.json` and every export under `exports/`. These files
/// are generated whole; unchanged content leaves a file untouched.
public enum LandscapeMergeOutput {
    public static let architectureFile = ArtifactFile.architecture
    public static let landscapeFile = "landscape.json"

    /// File name (relative to the output folder) -> content.
    public static func files(_ landscape: Landscape, summary: LandscapeMerger.Summary, systemName: String, folder: URL) -> [String: String] {
        let context = PhaseContext(root: folder, landscape: landscape, principles: [], diagnostics: [], sources: SourceCache(root: folder))
        let sections = ArchitecturePhase().run(context).sections.filter { $0.title != "Principles" }
        var architecture = "# Integration Architecture: \(systemName)\n\n"
        architecture += "Merged by `integrate merge` from \(summary.repositories) repositories: \(summary.components) components, "
        architecture += "\(summary.edges) edges, \(summary.crossRepositoryEdges) of them across repositories. Generated whole on every merge.\n"
        for section in sections { architecture += "\n## \(section.title)\n\n\(trimmingNewlines(section.markdown))\n" }
        if !summary.notes.isEmpty { architecture += "\n## Merge Notes\n\n" + summary.notes.map { "- \($0)" }.joined(separator: "\n") + "\n" }
        var files = [
            architectureFile: architecture,
            ArtifactFile.landscapeDot: LandscapeDiagram.dot(landscape),
            landscapeFile: StableJSON.encode(landscape),
        ]
        for format in ExportFormat.allCases {
            files[ExportFormat.folder + "/" + format.fileName] = format.render(landscape, options: ExportOptions(systemName: systemName, rootPrefix: "./"))
        }
        return files
    }

    /// `text` without leading and trailing line breaks (`CharacterSet.newlines`), read by
    /// Unicode scalar: Foundation's trimming copies a section of megabytes through `NSString`.
    static func trimmingNewlines(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isNewline(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
        guard let first = scalars.firstIndex(where: { !isNewline($0) }), let last = scalars.lastIndex(where: { !isNewline($0) }) else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Writes `files` into `folder` as one transaction; returns the names that changed.
    @discardableResult
    public static func write(_ files: [String: String], to folder: URL) throws -> [String] {
        var changes = ChangeSet()
        for name in files.keys.sorted() {
            guard let content = files[name] else { continue }
            let url = folder.appendingPathComponent(name)
            changes.write(content, to: url, current: try TextFile.readIfExists(url), root: folder)
        }
        guard !changes.isEmpty else { return [] }
        let stateFolder = folder.appendingPathComponent(FrameworkState.folder)
        do {
            try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        } catch {
            throw IntegrateError(.output, "cannot create folder (read-only or permission denied)", path: stateFolder.path)
        }
        try changes.apply(stateFolder: stateFolder)
        return changes.changes.map(\.displayPath).sorted()
    }
}
