import Foundation
import Testing
@testable import IntegrateCore

@Suite struct EvidenceTests {
    @Test func locationIsPathLineColumn() {
        #expect(Evidence(path: "a/b.py", line: 3).location == "a/b.py:3")
        #expect(Evidence(path: "a/b.py", line: 3, column: 7).location == "a/b.py:3:7")
    }

    @Test func ordersByPathThenLine() {
        let items = [Evidence(path: "b", line: 1), Evidence(path: "a", line: 9), Evidence(path: "a", line: 2)]
        #expect(items.sorted().map(\.location) == ["a:2", "a:9", "b:1"])
    }
}
