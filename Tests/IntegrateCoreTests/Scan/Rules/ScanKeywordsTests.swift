import Foundation
import Testing
@testable import IntegrateCore

@Suite("Scan keywords")
struct ScanKeywordsTests {
    /// Short keywords would let nearly every file through the prefilter. With
    /// `INTEGRATE_KEYWORDS_OUT=<file>` the union is written there, one per line (for `scripts/bench-scan`).
    @Test("Prefilter keywords are specific enough, and exportable")
    func keywords() throws {
        let engine = RuleEngine(rules: try RuleRegistry.builtIn.map(CompiledRule.init))
        #expect(engine.keywords.count > 100)
        for keyword in engine.keywords {
            #expect(keyword.utf8.count >= 3, "keyword '\(keyword)' is too short to filter")
        }
        if let out = ProcessInfo.processInfo.environment["INTEGRATE_KEYWORDS_OUT"] {
            // One per line for `rg -f`: line breaks inside a keyword are dropped (`.task\n` -> `.task`).
            var lines: [String] = []
            for keyword in engine.keywords.map({ $0.trimmingCharacters(in: .newlines) }) where !lines.contains(keyword) {
                lines.append(keyword)
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: out))
        }
    }

    @Test("The keyword matcher finds overlapping keywords in one pass")
    func matcher() {
        let matcher = KeywordMatcher(keywords: ["he", "she", "hers", "his", "axios"])
        let bytes = Array("ushers and axio".utf8)
        let found = bytes.withUnsafeBufferPointer { matcher.present(in: $0) }
        #expect((0..<5).filter(found.contains) == [0, 1, 2])
    }
}
