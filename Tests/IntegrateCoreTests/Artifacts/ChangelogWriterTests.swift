import Testing
@testable import IntegrateCore

@Suite struct ChangelogWriterTests {
    @Test func sectionsFollowKeepAChangelogOrderAndSkipEmptyOnes() {
        let entry = ChangelogEntry(added: ["a"], changed: [], removed: ["r"])
        #expect(entry.sections.map(\.title) == ["Added", "Removed"])
        #expect(!entry.isEmpty)
        #expect(ChangelogEntry().isEmpty)
    }

    @Test func anEmptyEntryLeavesTheChangelogAsItWas() {
        #expect(ChangelogWriter.add(entry: ChangelogEntry(), date: "2026-01-02", to: "kept") == "kept")
        #expect(ChangelogWriter.add(entry: ChangelogEntry(), date: "2026-01-02", to: nil) == nil)
    }

    @Test func aNewEntryGoesBeforeTheNewestOneAndKeepsEarlierEntries() throws {
        let existing = ChangelogWriter.header + "\n## 2026-01-01\n\n### Added\n- old\n"
        let entry = ChangelogEntry(added: ["new"], changed: ["checklist `p1`: [ ] → [x]"])
        let updated = try #require(ChangelogWriter.add(entry: entry, date: "2026-01-02", to: existing))
        let expected = "## 2026-01-02\n\n### Added\n- new\n\n### Changed\n- checklist `p1`: [ ] → [x]\n\n## 2026-01-01\n\n### Added\n- old\n"
        #expect(updated.hasSuffix(expected))
        #expect(updated.hasPrefix(ChangelogWriter.header))
    }
}
