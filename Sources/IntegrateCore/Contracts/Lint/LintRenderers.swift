import Foundation

/// Text, JSON and SARIF renderings of lint findings.
public enum LintRenderer {
    public static func text(_ findings: [LintFinding], files: Int) -> String {
        var out = findings.map(\.compilerStyle).joined(separator: "\n")
        if !out.isEmpty { out += "\n" }
        let counts = ChangeLevel.allCases.reversed().map { level in "\(findings.filter { $0.severity == level }.count) \(level.rawValue)" }
        return out + "\(files) spec(s) linted: " + counts.joined(separator: ", ") + "\n"
    }

    public static func json(_ findings: [LintFinding]) throws -> String {
        try StableJSON.encoded(["findings": findings])
    }

    public static func sarif(_ findings: [LintFinding]) throws -> String {
        let rules = LintRuleCatalog.all.map { ($0.id, $0.reason) }
        let results = findings.map {
            SARIFDocument.Result(ruleId: $0.rule, level: SARIFDocument.level($0.severity), message: $0.message, file: $0.file, line: $0.line)
        }
        return try SARIFDocument(toolName: "integrate contracts lint", rules: rules, results: results).render()
    }
}
