import Foundation
import Synchronization

/// Reads project files once and hands out their lines, for phases that look around evidence.
/// Shared by reference across phases; guarded by one mutex.
public final class SourceCache: Sendable {
    private let root: URL
    private let cache = Mutex<[String: [String]]>([:])

    public init(root: URL) {
        self.root = root
    }

    /// The lines of a project-relative file (empty when unreadable or binary).
    public func lines(_ path: String) -> [String] {
        if let cached = cache.withLock({ $0[path] }) { return cached }
        let url = root.appendingPathComponent(path)
        var lines: [String] = []
        if let data = try? Data(contentsOf: url), data.count <= TextFile.maxSize, !data.prefix(8192).contains(0) {
            lines = TextLines(String(decoding: data, as: UTF8.self)).lines.map(\.content)
        }
        cache.withLock { $0[path] = lines }
        return lines
    }

    /// First line (1-based) in `path` matching any of `keywords`, searched within `window`
    /// lines around `line` (or the whole file when `window` is nil).
    public func find(_ keywords: [String], in path: String, near line: Int? = nil, window: Int? = nil) -> Evidence? {
        let all = lines(path)
        guard !all.isEmpty else { return nil }
        var range = all.indices
        if let line, let window {
            range = max(0, line - 1 - window)..<min(all.count, line + window)
        }
        for index in range {
            let text = Self.code(all[index])
            if keywords.contains(where: { text.range(of: $0, options: .caseInsensitive) != nil }) {
                return Evidence(path: path, line: index + 1, snippet: String(text.trimmingCharacters(in: .whitespaces).prefix(160)))
            }
        }
        return nil
    }

    /// The line without comments: a whole-line comment gives `""`, and a trailing ` # …` or
    /// ` // …` is cut, so a note like "no timeout here" is never taken for a timeout.
    static func code(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for marker in ["//", "#", "/*", "*", "--", "<!--"] where trimmed.hasPrefix(marker) { return "" }
        var text = line
        for marker in [" // ", " # ", "\t// ", "\t# "] {
            if let range = text.range(of: marker) { text = String(text[..<range.lowerBound]) }
        }
        return text
    }
}
