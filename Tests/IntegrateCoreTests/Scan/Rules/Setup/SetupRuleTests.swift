import Testing
@testable import IntegrateCore

/// Every setup rule's own examples hold, ids are unique, and commented-out examples are silent.
@Suite("Scan setup rules")
struct SetupRuleTests {
    static let ids = SetupRuleRegistry.builtIn.map(\.id)

    @Test("Ids are unique and every rule has both kinds of example")
    func registry() {
        #expect(Set(Self.ids).count == Self.ids.count)
        for rule in SetupRuleRegistry.builtIn {
            #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty, "\(rule.id) needs examples")
            #expect(!rule.keywords.isEmpty, "\(rule.id) needs keywords")
        }
    }

    @Test("Triggering examples match once at the marker; non-triggering ones never", arguments: ids)
    func examples(id: String) throws {
        let rule = try #require(SetupRuleRegistry.builtIn.first { $0.id == id })
        #expect(rule.exampleProblems() == [])
    }

    @Test("Triggering examples of source rules in comments match nothing", arguments: ids)
    func commentedOut(id: String) throws {
        let rule = try #require(SetupRuleRegistry.builtIn.first { $0.id == id })
        guard let language = rule.languages.first else { return }
        for text in rule.triggering {
            #expect(rule.matches(in: RuleExample(text).commentedOut(in: language)).isEmpty, "\(id) matched in a comment")
        }
    }

    @Test("A telemetry URL in a manifest is not a telemetry library")
    func urlIsNotTelemetry() {
        let facts = SetupScanner().facts(in: Array("{\"homepage\": \"https://otel.example.com\", \"dependencies\": {\"axios\": \"1\"}}".utf8), path: "web/package.json", language: nil)
        #expect(facts.isEmpty)
    }
}
