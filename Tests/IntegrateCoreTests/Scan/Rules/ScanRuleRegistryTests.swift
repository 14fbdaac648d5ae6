import Foundation
import Testing
@testable import IntegrateCore

@Suite("Scan rule registry")
struct ScanRuleRegistryTests {
    let rules = RuleRegistry.builtIn

    @Test("Rule ids are unique")
    func uniqueIDs() {
        var seen: Set<String> = []
        for rule in rules {
            #expect(seen.insert(rule.id).inserted, "duplicate rule id \(rule.id)")
        }
    }

    @Test("Every rule has examples of both kinds, keywords, languages and a valid pattern")
    func complete() {
        for rule in rules {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            #expect(!rule.keywords.isEmpty && !rule.keywords.contains(""), "\(rule.id) has no keywords")
            #expect(!rule.languages.isEmpty, "\(rule.id) has no languages")
            #expect((try? CompiledRule(rule)) != nil, "\(rule.id) has an invalid pattern")
            for example in rule.triggering {
                #expect(RuleExample(example).markers.count == 1, "\(rule.id): a triggering example needs exactly one ↓: \(example)")
            }
            for example in rule.nonTriggering {
                #expect(RuleExample(example).markers.isEmpty, "\(rule.id): a non-triggering example has a ↓: \(example)")
            }
        }
    }

    @Test("Every rule declared in the rule folders is registered")
    func everyRuleRegistered() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/IntegrateCore/Scan/Rules")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
        let ids = Set(rules.map(\.id) + SetupRuleRegistry.builtIn.map(\.id))
        let literal = try NSRegularExpression(pattern: #"(?:\bid:\s*|^\s*)"([a-z0-9-]+(?:\.[a-z0-9-]+)+)",\s*(?:summary:\s*)?"[A-Z]"#, options: [.anchorsMatchLines])
        var declared = 0
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in literal.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)) {
                let id = (text as NSString).substring(with: match.range(at: 1))
                declared += 1
                #expect(ids.contains(id), "\(file): rule \(id) is not in RuleRegistry.builtIn")
            }
        }
        #expect(declared > 50)
    }
}
