import Foundation
import Testing
@testable import IntegrateCore

/// Runs every pair under `Tests/Fixtures/contracts/diff/<case>/` and compares the reported
/// changes with `expected.json` exactly (id, level and operation, with multiplicity).
@Suite struct ContractsDiffCorpusTests {
    struct Expected: Decodable, Hashable, Comparable {
        var id: String
        var level: String
        var operation: String
        static func < (a: Self, b: Self) -> Bool { (a.id, a.level, a.operation) < (b.id, b.level, b.operation) }
    }

    static let cases = ContractFixtures.cases("diff")

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases) func pairReportsExactlyTheExpectedChanges(_ name: String) throws {
        let base = ContractFixtures.file("diff", name, "base")
        let revision = ContractFixtures.file("diff", name, "revision")
        let expectedURL = ContractFixtures.root.appendingPathComponent("diff/\(name)/expected.json")
        let expected = try JSONDecoder().decode([Expected].self, from: Data(contentsOf: expectedURL)).sorted()
        let report = try ContractDiffRun(options: DiffOptions(today: "2026-01-01")).run(base: .file(base), revision: .file(revision))
        let actual = report.changes.map { Expected(id: $0.id, level: $0.level.rawValue, operation: $0.operation) }.sorted()
        #expect(actual == expected, "\(name)")
        for change in report.changes {
            // Regex patterns may legitimately contain `{3}`; other messages must have every placeholder filled.
            let unfilled = !change.id.contains("pattern") && (0..<6).contains { change.message.contains("{\($0)}") }
            #expect(!unfilled && !change.message.contains("''") && !change.message.contains("()"), "\(change.id): \(change.message)")
            #expect(change.pointer.hasPrefix("/"), "\(change.id) pointer \(change.pointer)")
        }
    }

    @Test func everyRegisteredIdIsCoveredOrDocumentedAsUncovered() throws {
        var seen = Set<String>()
        for name in Self.cases {
            let url = ContractFixtures.root.appendingPathComponent("diff/\(name)/expected.json")
            for item in try JSONDecoder().decode([Expected].self, from: Data(contentsOf: url)) { seen.insert(item.id) }
        }
        for id in seen { #expect(DiffRules.byId[id] != nil, "\(id) is expected by the corpus but not registered") }
        #expect(seen.count >= 80)
    }
}
