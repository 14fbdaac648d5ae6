import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ChecklistDocumentTests {
    @Test func readsTheFamilysPhaseHeadingForms() throws {
        let document = ChecklistDocument(text: try Fixtures.text("checklists/family-testing-style.md"))
        #expect(document.phases.map(\.number) == [0, 1, 3])
        #expect(document.phases.map(\.title) == ["DISCOVERY & INVENTORY", "API Design", "Testing"])
    }

    @Test func readsItemsMarkersNestingAndGroups() throws {
        let document = ChecklistDocument(text: try Fixtures.text("checklists/family-testing-style.md"))
        let phase0 = try #require(document.phase(0)).itemIndexes.map { document.items[$0] }
        #expect(phase0.map(\.marker) == [.notStarted, .done, .inProgress, .done, .blocked])
        #expect(phase0[0].id == "t0.search")
        #expect(phase0[0].group == "Inventory")
        #expect(phase0[1].parent == document.items.firstIndex { $0.id == "t0.search" })
        #expect(phase0[4].blockedReason == "nobody owns the CI")
        #expect(phase0[0].plainText == "SEARCH for existing tests")
    }

    @Test func fencedListsFrontMatterAndOtherSectionsAreNotPhaseItems() throws {
        let document = ChecklistDocument(text: try Fixtures.text("checklists/family-testing-style.md"))
        #expect(!document.items.contains { $0.text.contains("example inside a fence") })
        let finalValidation = try #require(document.items.first { $0.text == "Everything green" })
        #expect(finalValidation.phase == nil)
        #expect(document.phase(3)?.itemIndexes.count == 2)
    }

    @Test(arguments: ["\n", "\r\n"])
    func roundTripIsByteIdentical(terminator: String) throws {
        var text = try Fixtures.text("checklists/family-testing-style.md").replacingOccurrences(of: "\n", with: terminator)
        text += "- [ ] trailing spaces   \t" + terminator + "\t- [ ] tab-indented · non-ASCII ✓ 日本語"  // no final newline
        let document = ChecklistDocument(text: text)
        #expect(document.text == text)
        #expect(Data(document.text.utf8) == Data(text.utf8))
    }

    @Test func settingAMarkerChangesOnlyThatCharacter() throws {
        let text = try Fixtures.text("checklists/family-testing-style.md").replacingOccurrences(of: "\n", with: "\r\n")
        var document = ChecklistDocument(text: text)
        let index = try #require(document.items.firstIndex { $0.id == "t0.search" })
        let changed = document.setMarker(.inProgress, forItemAt: index)
        #expect(changed)
        let expected = text.replacingOccurrences(of: "- [ ] **SEARCH**", with: "- [~] **SEARCH**")
        #expect(document.text == expected)
        let changedAgain = document.setMarker(.inProgress, forItemAt: index)
        #expect(!changedAgain)
    }

    @Test func blockedReasonIsWrittenBeforeTheIdAndRemovedWhenUnblocked() throws {
        var document = ChecklistDocument(text: "## Phase 0: Plan\n- [ ] Map it <!-- id: p0.map -->\n")
        document.setMarker(.blocked, reason: "no access (yet)", forItemAt: 0)
        #expect(document.text == "## Phase 0: Plan\n- [!] Map it _(blocked: no access [yet])_ <!-- id: p0.map -->\n")
        #expect(document.items[0].blockedReason == "no access [yet]")
        document.setMarker(.done, forItemAt: 0)
        #expect(document.text == "## Phase 0: Plan\n- [x] Map it <!-- id: p0.map -->\n")
    }

    @Test func builtInChecklistHasPhasesZeroToSevenWithUniqueIDs() {
        let document = ChecklistDocument(text: BuiltInFramework.checklist)
        #expect(document.phases.map(\.number) == Array(0...7))
        #expect(document.phases.map(\.title) == [
            "Integration Planning & Architecture", "API Design & Contract Definition", "Integration Implementation & Development",
            "Data Mapping & Transformation Logic", "Error Handling & Resilience Patterns", "Testing & Contract Validation",
            "Monitoring & Observability Setup", "Performance Optimization & Scaling",
        ])
        #expect(document.duplicateIDs.isEmpty)
        #expect(document.items.allSatisfy { $0.marker == .notStarted })
    }

    @Test func everyEvaluatedIDExistsInTheBuiltInChecklist() throws {
        let project = try TestProject.sample()
        let report = try project.run()
        let ids = Set(ChecklistDocument(text: BuiltInFramework.checklist).items.compactMap(\.id))
        let evaluated = Set(report.phases.flatMap(\.evaluations.keys))
        #expect(evaluated.isSubset(of: ids))
        #expect(ids.isSubset(of: evaluated))
    }
}
