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

    @Test("Triggering examples report once, at the marker", arguments: ids)
    func triggering(id: String) throws {
        let rule = try rule(id)
        for text in rule.triggering {
            let example = RuleExample(text)
            let marker = try #require(example.markers.first, "\(id): example without ↓: \(text)")
            let findings = rule.findings(in: example.code)
            #expect(findings.count == 1, "\(id): \(findings.count) findings in: \(text)")
            guard let finding = findings.first else { continue }
            let evidence = finding.evidence[0]
            #expect(evidence.line == marker.line && evidence.column == marker.column,
                    "\(id): found at \(evidence.line):\(evidence.column ?? 0), ↓ at \(marker.line):\(marker.column) in: \(text)")
        }
    }

    @Test("Non-triggering examples report nothing", arguments: ids)
    func nonTriggering(id: String) throws {
        let rule = try rule(id)
        for text in rule.nonTriggering {
            let findings = rule.findings(in: text)
            #expect(findings.isEmpty, "\(id): unexpected \(findings.map(\.evidence[0].location)) in: \(text)")
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
}
