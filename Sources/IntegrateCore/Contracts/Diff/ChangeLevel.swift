/// How much a contract change matters to clients, oasdiff's three levels.
public enum ChangeLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// Compatible; changelog only (oasdiff INFO).
    case info
    /// May break clients (oasdiff WARN).
    case warning
    /// Breaks clients (oasdiff ERR).
    case error

    var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// oasdiff's spelling: `ERR`, `WARN`, `INFO`.
    public var oasdiffName: String { self == .error ? "ERR" : self == .warning ? "WARN" : "INFO" }

    /// Parses `error`/`err`, `warning`/`warn`, `info` (any case).
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "error", "err": self = .error
        case "warning", "warn": self = .warning
        case "info": self = .info
        default: return nil
        }
    }
}
