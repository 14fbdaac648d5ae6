import Foundation
import Testing
@testable import IntegrateCore

/// Each lint rule has `Tests/Fixtures/contracts/lint/<rule-id>/pass.*` (rule silent) and `fail*`
/// (rule reports) specs; one generic test runs them all.
@Suite struct ContractsLintRuleTests {
    static let rules = ContractFixtures.cases("lint")

    static func files(_ rule: String) -> [String] {
        let dir = ContractFixtures.root.appendingPathComponent("lint/\(rule)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted().map { dir.appendingPathComponent($0).path }
    }

    @Test func everyRuleHasFixtures() {
        #expect(Set(Self.rules) == Set(LintRuleCatalog.all.map(\.id)))
    }

    @Test(arguments: rules) func ruleFiresOnlyOnTheFailingExamples(_ rule: String) throws {
        let linter = ContractLinter()
        let files = Self.files(rule)
        #expect(files.contains { $0.contains("/pass.") } && files.contains { $0.contains("/fail") })
        for file in files {
            let hits = linter.lint(try SpecLoader().load(.file(file))).filter { $0.rule == rule }
            if file.contains("/pass.") {
                #expect(hits.isEmpty, "\(rule) fired on \(file): \(hits.map(\.message))")
            } else {
                #expect(!hits.isEmpty, "\(rule) silent on \(file)")
                #expect(hits.allSatisfy { $0.line != nil && $0.severity == LintRuleCatalog.byId[rule]?.defaultSeverity })
            }
        }
    }

    @Test func configDisablesAndRelevels() throws {
        let spec = try SpecLoader().load(.file(Self.files("operation-id-missing").first { $0.contains("fail") } ?? ""))
        let config = try LintConfig.parse("rules:\n  operation-id-missing: error\n  error-not-problem-details: off\n", file: "lint.yaml")
        let findings = ContractLinter(config: config).lint(spec)
        #expect(findings.contains { $0.rule == "operation-id-missing" && $0.severity == .error })
        #expect(!findings.contains { $0.rule == "error-not-problem-details" })
        #expect(throws: SpecLoadError.self) { try LintConfig.parse("rules:\n  no-such-rule: off\n", file: "lint.yaml") }
    }

    @Test func sarifNamesEveryRule() throws {
        let text = try LintRenderer.sarif([])
        for rule in LintRuleCatalog.all { #expect(text.contains(rule.id)) }
        #expect(text.contains("integrate contracts lint"))
        #expect(!text.contains("oasdiff"), "the lint rules are ours; oasdiff is the diff's reference, not the linter")
    }
}
