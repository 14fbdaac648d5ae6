import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ChecklistMergerTests {
    let source = """
        ## Phase 0: Plan
        ### Map
        - [ ] Map the landscape <!-- id: p0.map -->
        - [ ] Resolve targets <!-- id: p0.resolve -->
        ### Plans
        - [ ] Plan retries <!-- id: p0.retries -->

        ## Phase 1: Contracts
        - [ ] Publish specs <!-- id: p1.specs -->

        ## Notes
        keep me
        """

    @Test func addsMissingItemsUnderTheirGroupAndKeepsThePersonsWords() {
        let person = """
            ## Phase 0: Plan
            ### Map
            - [x] Map the landscape, all of it <!-- id: p0.map -->
            - [ ] My own item
            ### Plans
            - [~] Plan retries <!-- id: p0.retries -->

            ## Notes
            keep me
            """
        let merged = ChecklistMerger.addMissingItems(from: ChecklistDocument(text: source), into: ChecklistDocument(text: person))
        #expect(merged.added.sorted() == ["Publish specs", "Resolve targets"])
        #expect(merged.document.text == """
            ## Phase 0: Plan
            ### Map
            - [x] Map the landscape, all of it <!-- id: p0.map -->
            - [ ] My own item
            - [ ] Resolve targets <!-- id: p0.resolve -->
            ### Plans
            - [~] Plan retries <!-- id: p0.retries -->

            ## Phase 1: Contracts
            - [ ] Publish specs <!-- id: p1.specs -->

            ## Notes
            keep me
            """)
    }

    @Test func mergingTwiceAddsNothingMore() {
        let once = ChecklistMerger.addMissingItems(from: ChecklistDocument(text: source), into: ChecklistDocument(text: "## Phase 0: Plan\n- [x] Mine\n"))
        let twice = ChecklistMerger.addMissingItems(from: ChecklistDocument(text: source), into: once.document)
        #expect(twice.added.isEmpty)
        #expect(twice.document.text == once.document.text)
    }

    @Test func itemsWithoutIDsMatchByTheirText() {
        let source = "## Phase 2: Build\n- [ ] **ISOLATE** each dependency\n- [ ] Use idempotency keys\n"
        let person = "## Phase 2: Build\n- [x] isolate each dependency!\n"
        let merged = ChecklistMerger.addMissingItems(from: ChecklistDocument(text: source), into: ChecklistDocument(text: person))
        #expect(merged.added == ["Use idempotency keys"])
    }

    @Test func carriesMarkersOntoANewSource() {
        let previous = ChecklistDocument(text: "## Phase 0: Plan\n- [x] Map it <!-- id: p0.map -->\n- [!] Old _(blocked: vendor)_ <!-- id: p0.old -->\n")
        let new = ChecklistDocument(text: "## Phase 0: Plan\n- [ ] Map the whole landscape <!-- id: p0.map -->\n- [ ] New item <!-- id: p0.new -->\n")
        let result = ChecklistMerger.carryMarkers(from: previous, onto: new)
        #expect(result.text == "## Phase 0: Plan\n- [x] Map the whole landscape <!-- id: p0.map -->\n- [ ] New item <!-- id: p0.new -->\n")
    }
}
