import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ContractHistoryTests {
    let v1 = "openapi: 3.0.3\ninfo: {title: Orders, version: '1'}\npaths:\n  /orders:\n    get:\n      responses:\n        '200': {description: ok}\n"

    @Test func aChangedContractIsDiffedAgainstItsLastSnapshot() throws {
        let project = try TestProject(files: [
            "api/orders.yaml": v1.replacingOccurrences(of: "  /orders:", with: "  /purchases:"),
            ".integrate/contracts/api/orders.yaml": v1,
        ])
        let history = ContractHistory(root: project.root, stateFolder: project.root.appendingPathComponent(".integrate"),
                                      specs: [APISpec(path: "api/orders.yaml", format: .openapi)], today: "2026-12-04")
        #expect(history.notes.isEmpty)
        #expect(history.snapshots.map(\.previous) == [v1])
        #expect(history.entries.first?.contains("1 breaking") == true, "\(history.entries)")
    }

    @Test func aContractThatCannotBeReadIsNamedNotSkippedSilently() throws {
        let project = try TestProject(files: ["api/orders.yaml": "openapi: 3.0.3\n"])
        try Data([0x6f, 0x70, 0xff, 0xfe, 0x0a]).write(to: project.root.appendingPathComponent("api/binary.yaml"))
        let history = ContractHistory(root: project.root, stateFolder: project.root.appendingPathComponent(".integrate"),
                                      specs: [APISpec(path: "api/binary.yaml", format: .openapi), APISpec(path: "api/gone.yaml", format: .openapi)],
                                      today: "2026-12-04")
        #expect(history.snapshots.isEmpty)
        #expect(history.notes.count == 2)
        #expect(history.notes.allSatisfy { $0.contains("history is not recorded this time") })
        #expect(history.notes.first?.contains("api/binary.yaml") == true, "\(history.notes)")
        #expect(history.notes.last?.contains("api/gone.yaml") == true, "\(history.notes)")
    }
}
