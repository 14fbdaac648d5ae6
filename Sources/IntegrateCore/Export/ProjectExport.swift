import Foundation

/// An export of a project's landscape written to a file: names the system after the project's
/// folder and points spec paths from the file's folder to the project.
public enum ProjectExport {
    /// The export text for a landscape of the project at `root`, to be written into `folder`
    /// (`nil`: printed, so paths are as seen from the project root).
    public static func render(_ format: ExportFormat, landscape: Landscape, root: URL, folder: URL?, systemName: String? = nil) -> String {
        let prefix = folder.map { RelativeLink.path(from: $0, to: root) } ?? "./"
        let name = systemName ?? root.standardizedFileURL.lastPathComponent
        return format.render(landscape, options: ExportOptions(systemName: name, rootPrefix: prefix))
    }

    /// Writes `text` to `file` atomically; unchanged content leaves the file untouched.
    public static func write(_ text: String, to file: URL) throws {
        // One file needs no transaction plan: a write to a temporary file and a rename is atomic.
        guard try TextFile.readIfExists(file) != text else { return }
        do {
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            throw IntegrateError(.output, "could not write the export: \(error.localizedDescription)", path: file.path)
        }
    }
}
