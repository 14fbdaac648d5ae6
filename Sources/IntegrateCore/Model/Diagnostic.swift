/// A recoverable problem met on the way (an unreadable file, bad YAML in one compose file):
/// reported, never a crash of the run. Fatal problems throw instead.
public struct Diagnostic: Codable, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, CaseIterable { case note, warning, error }

    public var severity: Severity
    public var message: String
    public var path: String?
    public var line: Int?

    public init(_ severity: Severity, _ message: String, path: String? = nil, line: Int? = nil) {
        self.severity = severity
        self.message = message
        self.path = path
        self.line = line
    }

    /// Compiler style, location first: `api/openapi.yaml:42: warning: ...`.
    public var description: String {
        var location = ""
        if let path {
            location = path
            if let line { location += ":\(line)" }
            location += ": "
        }
        return "\(location)\(severity.rawValue): \(message)"
    }
}
