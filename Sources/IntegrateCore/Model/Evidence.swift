/// Where a finding was seen: a project-relative path, a 1-based line, and a redacted snippet.
///
/// Paths always use `/` and are relative to the scanned project root, so evidence prints the
/// same on every machine and diffs cleanly between runs.
public struct Evidence: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int?
    /// The matched text, trimmed and with secret values replaced by `***`.
    public var snippet: String

    public init(path: String, line: Int, column: Int? = nil, snippet: String = "") {
        self.path = path
        self.line = line
        self.column = column
        self.snippet = snippet
    }

    /// `path:line` (or `path:line:column`), the form editors and terminals turn into links.
    public var location: String {
        if let column { return "\(path):\(line):\(column)" }
        return "\(path):\(line)"
    }

    public var description: String { location }

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return (lhs.column ?? 0) < (rhs.column ?? 0)
    }
}
