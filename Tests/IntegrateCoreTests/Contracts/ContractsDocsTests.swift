import Foundation
import Testing
@testable import IntegrateCore

/// `docs/contracts.md` must equal the rendering of the registries; `RECORD_SNAPSHOTS=1` rewrites it.
@Suite struct ContractsDocsTests {
    @Test func docsMatchTheRegistries() throws {
        let url = ContractFixtures.root.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/contracts.md")
        let rendered = ContractsDocsRenderer.render()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: url, encoding: .utf8)
        #expect(onDisk == rendered, "docs/contracts.md is stale: run RECORD_SNAPSHOTS=1 swift test --filter ContractsDocs")
        for rule in DiffRules.all { #expect(DiffMessages.templates[rule.id] != nil, "\(rule.id) has no message") }
        #expect(Set(DiffMessages.templates.keys) == Set(DiffRules.all.map(\.id)))
    }
}
