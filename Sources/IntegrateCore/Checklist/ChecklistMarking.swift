/// The checklist after a run's evaluations went through the `MarkerPolicy`: the new text, the
/// person's markers kept against the evidence, and one changelog line per marker that moved.
struct ChecklistMarking {
    /// The checklist with the markers the tool may set, set.
    var checklist: ChecklistDocument
    /// A person's markers the evidence disagrees with: kept, reported.
    var kept: [MarkerPolicy.Kept]
    /// ``checklist `id`: [ ] → [x]`` for every item whose marker changed.
    var changes: [String]

    /// Applies `evaluations` (one dictionary per phase, in run order) to `checklist`; the
    /// markers and `[!]` reasons the tool set are read from and recorded in `state`.
    init(applying evaluations: [[String: Evaluation]], to checklist: ChecklistDocument, state: inout FrameworkState) {
        var marked = checklist
        var policy = MarkerPolicy(toolMarkers: state.markers, toolReasons: state.blockedReasons)
        kept = evaluations.flatMap { policy.apply($0, to: &marked) }
        (state.markers, state.blockedReasons) = (policy.toolMarkers, policy.toolReasons)
        changes = marked.items.compactMap { item -> String? in
            guard let id = item.id, let old = checklist.item(id: id), old.marker != item.marker else { return nil }
            return "checklist `\(id)`: \(old.marker.box) → \(item.marker.box)"
        }
        self.checklist = marked
    }
}
