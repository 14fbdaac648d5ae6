import Foundation
import Testing
@testable import IntegrateCore

/// `docs/rules.md` is generated from the registry. `RECORD_SNAPSHOTS=1 swift test --filter RulesDoc`
/// rewrites it and then fails, so a recording is never silent.
@Suite("Scan RulesDoc")
struct ScanRulesDocTests {
    @Test("docs/rules.md matches the registry")
    func rulesDoc() throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/rules.md")
        let rendered = RulesDocument.render()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(rendered.utf8).write(to: url)
            Issue.record("Recorded \(url.path); run again without RECORD_SNAPSHOTS to compare.")
            return
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == rendered, "docs/rules.md is stale; re-record with RECORD_SNAPSHOTS=1 swift test --filter RulesDoc")
    }
}
