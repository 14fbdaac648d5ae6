import Testing
@testable import IntegrateCore

/// Runs every built-in rule's own examples: each triggering example yields exactly one finding at
/// its `↓`, each non-triggering example none, and a triggering example turned into comments none.
@Suite("Scan rule examples")
struct ScanRuleExampleTests {
    static let ids = RuleRegistry.builtIn.map(\.id)

    private func rule(_ id: String) throws -> Rule {
        try #require(RuleRegistry.builtIn.first { $0.id == id })
    }

    @Test("Triggering examples report once at the marker; non-triggering ones never", arguments: ids)
    func examples(id: String) throws {
        let rule = try rule(id)
        #expect(rule.exampleProblems() == [])
        for text in rule.triggering {
            #expect(RuleExample(text).markers.count == 1, "\(id): a triggering example needs one ↓: \(text)")
        }
    }

    @Test("Triggering examples in comments report nothing", arguments: ids)
    func commentedOut(id: String) throws {
        let rule = try rule(id)
        for text in rule.triggering {
            let code = RuleExample(text).commentedOut(in: rule.languages[0])
            let findings = rule.findings(in: code)
            #expect(findings.isEmpty, "\(id): found in a comment: \(code)")
        }
    }

    @Test("A wrong marker, a missed example and a false positive are all reported")
    func problemsAreFound() {
        var rule = RuleRegistry.builtIn[0]
        rule.triggering = ["import Vapor\napp.↓get(\"a\", use: a)", "import Vapor\nlet x = 1"]
        rule.nonTriggering = ["import Vapor\napp.get(\"b\", use: b)"]
        #expect(rule.exampleProblems() == [
            "triggering example 1 is found at 2:1, not at its ↓ (2:5)",
            "triggering example 2 gives 0 findings, not 1",
            "non-triggering example 1 gives a finding",
        ])
    }
}
