import Foundation

/// Finds OpenAPI/Swagger files under a project root (YAML or JSON whose head names `openapi` or
/// `swagger`), skipping build output, dependencies and VCS folders.
public enum SpecDiscovery {
    static let skipped: Set<String> = [".git", ".build", "node_modules", "vendor", "build", "dist", "target", ".venv", "venv", "__pycache__", ".integrate", ".claude"]

    /// Project-relative paths, sorted.
    public static func find(root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var found: [String] = []
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            if skipped.contains(url.lastPathComponent) {
                enumerator.skipDescendants()
                continue
            }
            guard ["yaml", "yml", "json"].contains(url.pathExtension.lowercased()), isSpec(url) else { continue }
            let path = url.standardizedFileURL.path
            found.append(path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : path)
        }
        return found.sorted()
    }

    /// Whether the file's first 4 KB declare `openapi` or `swagger` at the top level.
    public static func isSpec(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 4096), as: UTF8.self)
        return isSpecText(head)
    }

    static func isSpecText(_ head: String) -> Bool {
        for line in head.split(separator: "\n") {
            if line.hasPrefix("openapi:") || line.hasPrefix("swagger:") { return true }
            if line.hasPrefix("\"openapi\"") || line.hasPrefix("\"swagger\"") { return true }
        }
        return head.contains("\"openapi\":") || head.contains("\"swagger\":")
    }
}
