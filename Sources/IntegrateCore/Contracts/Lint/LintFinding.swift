/// One integration-readiness problem in a spec.
public struct LintFinding: Codable, Hashable, Sendable {
    public var rule: String
    /// Severity after configuration (levels are shared with the diff: error, warning, info).
    public var severity: ChangeLevel
    public var message: String
    public var file: String
    public var line: Int?
    public var pointer: String

    public init(rule: String, severity: ChangeLevel, message: String, file: String, line: Int?, pointer: String) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.pointer = pointer
    }

    /// `file:line: warning: [rule] message`.
    public var compilerStyle: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(severity.rawValue): [\(rule)] \(message)"
    }
}
