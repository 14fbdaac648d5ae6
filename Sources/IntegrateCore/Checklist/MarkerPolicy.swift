/// Which checklist markers a run may set: evidence sets the markers of evaluated items, except
/// where a person has spoken.
///
/// - A `[x]` the tool did not set is a person's and is never lowered (a disagreement is reported).
/// - A `[!]` is the tool's only when the tool set it and the reason on the line is the one it
///   wrote (both recorded in state); any other `[!]`, with or without `_(blocked: …)_`, is a
///   person's and is never touched, not even by evidence that the item is done.
public struct MarkerPolicy: Sendable {
    /// A person's marker the evidence disagrees with: kept.
    public struct Kept: Sendable, Equatable {
        public var item: String
        public var marker: Marker
        public var evaluated: Marker
        public var reason: String
    }

    /// Item id -> the marker the tool last set.
    public var toolMarkers: [String: Marker]
    /// Item id -> the `[!]` reason the tool last wrote, as it appears on the line; `nil` for
    /// state from before reasons were recorded (a `[!]` the tool set with a note is then its own).
    public var toolReasons: [String: String]?

    public init(toolMarkers: [String: Marker], toolReasons: [String: String]?) {
        self.toolMarkers = toolMarkers
        self.toolReasons = toolReasons
    }

    /// Applies `evaluations` (item id -> evaluation) to `checklist`, updating what the tool
    /// owns; returns the person's markers that were kept against the evidence.
    public mutating func apply(_ evaluations: [String: Evaluation], to checklist: inout ChecklistDocument) -> [Kept] {
        var kept: [Kept] = []
        for (id, evaluation) in evaluations.sorted(by: { $0.key < $1.key }) {
            guard let index = checklist.items.firstIndex(where: { $0.id == id }) else { continue }
            let current = checklist.items[index]
            switch current.marker {
            case .done where toolMarkers[id] != .done && evaluation.marker != .done,
                 .blocked where !isToolBlocked(current, id: id) && evaluation.marker != .blocked:
                kept.append(Kept(item: id, marker: current.marker, evaluated: evaluation.marker, reason: evaluation.reason))
                continue
            case .blocked where !isToolBlocked(current, id: id):
                continue
            default:
                break
            }
            checklist.setMarker(evaluation.marker, reason: evaluation.reason, forItemAt: index)
            toolMarkers[id] = evaluation.marker
            var reasons = toolReasons ?? [:]
            reasons[id] = evaluation.marker == .blocked ? checklist.items[index].blockedReason : nil
            toolReasons = reasons
        }
        return kept
    }

    private func isToolBlocked(_ item: ChecklistItem, id: String) -> Bool {
        guard toolMarkers[id] == .blocked else { return false }
        guard let toolReasons else { return item.blockedReason == nil || item.text.contains("_(blocked:") }
        return item.blockedReason == toolReasons[id]
    }
}
