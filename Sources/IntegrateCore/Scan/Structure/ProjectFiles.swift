import Foundation

/// The walked files of one project with cached, lossy UTF-8 reads, shared by the structural
/// detectors.
struct ProjectFiles {
    var files: [WalkedFile]

    /// The file's text (invalid UTF-8 replaced), or `nil` with a diagnostic when it cannot be read.
    func text(_ file: WalkedFile, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = try? Data(contentsOf: file.url) else {
            diagnostics.append(Diagnostic(.warning, "cannot be read", path: file.path))
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    func file(at path: String) -> WalkedFile? { files.first { $0.path == path } }

    static func name(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    static func folder(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// `folder` + `relative`, with `.` and `..` resolved; `""` is the project root.
    static func join(_ folder: String, _ relative: String) -> String {
        var parts = relative.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `path` lies inside `folder` (`""` holds everything).
    static func contains(folder: String, path: String) -> Bool {
        folder.isEmpty || path == folder || path.hasPrefix(folder + "/")
    }

    /// The component whose folder is the longest prefix of `path`.
    static func owner(of path: String, in components: [Component]) -> String? {
        components.filter { $0.path.map { contains(folder: $0, path: path) } ?? false }
            .max { ($0.path?.count ?? 0) < ($1.path?.count ?? 0) }?.id
    }
}
