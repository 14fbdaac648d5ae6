import Testing
@testable import IntegrateCore

@Suite("Checklist: marker policy and blocked reasons")
struct MarkerPolicyTests {
    let personBlocked = "## Phase 1: Contracts\n- [!] Publish the spec _(blocked: waiting for the vendor)_ <!-- id: p1.spec -->\n"

    @Test func aPersonsBlockedItemWrittenAsTheReadmeSaysIsNeverTouched() {
        for evaluated in [Marker.notStarted, .inProgress, .done, .blocked] {
            var checklist = ChecklistDocument(text: personBlocked)
            var policy = MarkerPolicy(toolMarkers: [:], toolReasons: [:])
            let kept = policy.apply(["p1.spec": Evaluation(evaluated, "evidence")], to: &checklist)
            #expect(checklist.text == personBlocked)
            #expect(kept.map(\.item) == (evaluated == .blocked ? [] : ["p1.spec"]))
            #expect(policy.toolMarkers["p1.spec"] == nil)
        }
    }

    @Test func theToolsOwnBlockedReasonIsRecordedAndLaterCleared() {
        var checklist = ChecklistDocument(text: "## Phase 1: Contracts\n- [ ] Publish the spec <!-- id: p1.spec -->\n")
        var policy = MarkerPolicy(toolMarkers: [:], toolReasons: [:])
        _ = policy.apply(["p1.spec": Evaluation(.blocked, "spec unreadable (bad YAML)")], to: &checklist)
        #expect(checklist.text.contains("[!] Publish the spec _(blocked: spec unreadable [bad YAML])_"))
        #expect(policy.toolReasons?["p1.spec"] == "spec unreadable [bad YAML]")
        _ = policy.apply(["p1.spec": Evaluation(.done, "spec found")], to: &checklist)
        #expect(checklist.text == "## Phase 1: Contracts\n- [x] Publish the spec <!-- id: p1.spec -->\n")
        #expect(policy.toolReasons?["p1.spec"] == nil)
    }

    @Test func aReasonAPersonRewroteBecomesTheirs() {
        let text = "## Phase 1: Contracts\n- [!] Publish the spec _(blocked: legal review until March)_ <!-- id: p1.spec -->\n"
        var checklist = ChecklistDocument(text: text)
        var policy = MarkerPolicy(toolMarkers: ["p1.spec": .blocked], toolReasons: ["p1.spec": "spec unreadable"])
        _ = policy.apply(["p1.spec": Evaluation(.done, "spec found")], to: &checklist)
        #expect(checklist.text == text)
    }

    @Test func stateFromBeforeReasonsWereRecordedStillOwnsItsNotes() {
        var checklist = ChecklistDocument(text: "## Phase 1: Contracts\n- [!] Publish _(blocked: old tool reason)_ <!-- id: p1.spec -->\n")
        var policy = MarkerPolicy(toolMarkers: ["p1.spec": .blocked], toolReasons: nil)
        _ = policy.apply(["p1.spec": Evaluation(.inProgress, "partly")], to: &checklist)
        #expect(checklist.text == "## Phase 1: Contracts\n- [~] Publish <!-- id: p1.spec -->\n")
        #expect(policy.toolReasons == [:])
    }

    @Test func aPersonsDoneIsNotLoweredButIsReported() {
        let text = "## Phase 1: Contracts\n- [x] Publish <!-- id: p1.spec -->\n"
        var checklist = ChecklistDocument(text: text)
        var policy = MarkerPolicy(toolMarkers: [:], toolReasons: [:])
        let kept = policy.apply(["p1.spec": Evaluation(.notStarted, "no spec")], to: &checklist)
        #expect(checklist.text == text)
        #expect(kept == [MarkerPolicy.Kept(item: "p1.spec", marker: .done, evaluated: .notStarted, reason: "no spec")])
    }

    @Test func aBlockedNoteOnAnotherMarkerIsLeftAlone() {
        var checklist = ChecklistDocument(text: "## Phase 1: Contracts\n- [~] Publish _(blocked: my own note)_ <!-- id: p1.spec -->\n")
        var policy = MarkerPolicy(toolMarkers: [:], toolReasons: [:])
        _ = policy.apply(["p1.spec": Evaluation(.done, "found")], to: &checklist)
        #expect(checklist.text == "## Phase 1: Contracts\n- [x] Publish _(blocked: my own note)_ <!-- id: p1.spec -->\n")
    }
}
