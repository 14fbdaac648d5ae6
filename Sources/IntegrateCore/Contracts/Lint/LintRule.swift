/// An integration-readiness rule: a stable id, a default severity and a one-line reason.
public protocol LintRule: Sendable {
    var id: String { get }
    var defaultSeverity: ChangeLevel { get }
    /// Why the rule matters, one line (shown in docs and SARIF).
    var reason: String { get }
    func check(_ document: OpenAPIDocument, into report: inout LintReport)
}

/// Collects findings of one rule run; severity and file are filled in by the linter.
public struct LintReport: Sendable {
    struct Item: Sendable {
        var message: String
        var line: Int?
        var pointer: String
    }

    var items: [Item] = []

    public mutating func add(_ message: String, line: Int?, pointer: String) {
        items.append(Item(message: message, line: line, pointer: pointer))
    }
}
