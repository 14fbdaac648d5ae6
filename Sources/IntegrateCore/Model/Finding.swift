/// Something a phase concluded about the project, with evidence: what was found, what follows,
/// and what to do. Messages are lowercase fragments with names in backticks.
public struct Finding: Codable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
        case info, warning, error
        private var rank: Int { self == .info ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// Check id, e.g. `resilience.no-timeout`.
    public var id: String
    public var severity: Severity
    public var message: String
    public var consequence: String?
    public var fix: String?
    public var evidence: [Evidence]

    public init(
        id: String, severity: Severity, message: String, consequence: String? = nil, fix: String? = nil,
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.consequence = consequence
        self.fix = fix
        self.evidence = evidence
    }
}
