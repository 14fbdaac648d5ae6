import Foundation
import Testing
@testable import IntegrateCore

/// `integrate status` gives one number per fact: every line that counts outbound calls, points or
/// dependencies agrees with every other, and contract testing is not both absent and present.
@Suite struct StatusReportConsistencyTests {
    /// Totals by what they count: `4 of 10 outbound calls` and `all 10 outbound calls` both total 10.
    static func totals(_ text: String) throws -> [String: Set<Int>] {
        let regex = try NSRegularExpression(pattern: #"(?:(\d+) of )?(\d+) outbound (calls|points|dependencies)\b"#)
        var result: [String: Set<Int>] = [:]
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let total = Range(match.range(at: 2), in: text), let noun = Range(match.range(at: 3), in: text), let number = Int(text[total]) else { continue }
            result[String(text[noun]), default: []].insert(number)
        }
        return result
    }

    @Test func theCheckCatchesTwoLinesThatDisagree() throws {
        let totals = try Self.totals("all 20 outbound points resolved\n4 of 10 outbound calls have no timeout\nall 9 outbound calls take their endpoint from configuration")
        #expect(totals["calls"] == [9, 10])
        #expect(totals["points"] == [20])
    }

    @Test func theExampleStatesEachCountOnce() throws {
        let copy = try StorefrontCopy()
        _ = try IntegrationRun(options: copy.options()).execute()
        let text = try StatusReport.load(options: copy.options(), notSetUp: "run `integrate run`").text
        let totals = try Self.totals(text)
        #expect(totals["calls"]?.count == 1, "outbound calls counted differently: \(totals["calls"] ?? [])")
        #expect(totals["points"]?.count == 1, "outbound points counted differently: \(totals["points"] ?? [])")
        #expect((totals["dependencies"]?.count ?? 0) <= 1)
        #expect(totals["calls"] != nil && totals["dependencies"] != nil)
        let absent = text.contains("no contract tests") || text.contains("no Pact file or contract-testing dependency")
        let present = text.contains("contract testing present")
        #expect(absent != present, "contract tests said to be both absent and present")
    }
}
