/// Runs the lint rules over a spec and applies the configuration.
public struct ContractLinter: Sendable {
    public var config: LintConfig
    public var rules: [any LintRule]

    public init(config: LintConfig = LintConfig(), rules: [any LintRule] = LintRuleCatalog.all) {
        self.config = config
        self.rules = rules
    }

    public func lint(_ document: OpenAPIDocument) -> [LintFinding] {
        var findings: [LintFinding] = []
        for rule in rules {
            var severity = rule.defaultSeverity
            if let override = config.overrides[rule.id] {
                guard let level = override else { continue }
                severity = level
            }
            var report = LintReport()
            rule.check(document, into: &report)
            findings += report.items.map {
                LintFinding(rule: rule.id, severity: severity, message: $0.message, file: document.displayName, line: $0.line, pointer: $0.pointer)
            }
        }
        return findings.sorted { ($0.line ?? 0, $0.rule) < ($1.line ?? 0, $1.rule) }
    }
}
