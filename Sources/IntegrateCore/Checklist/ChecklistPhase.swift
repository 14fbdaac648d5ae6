/// A `Phase N` heading of a checklist and the items under it.
public struct ChecklistPhase: Sendable, Hashable {
    public var number: Int
    /// The title without the `Phase N:` prefix, emoji and schedule notes (`(Day 1-2)`, `⏱️ Day 5`).
    public var title: String
    /// The heading as written.
    public var heading: String
    public var headingLevel: Int
    /// 0-based line of the heading.
    public var lineIndex: Int
    /// 0-based line one past the last line of the phase (the next heading of the same or a
    /// higher level, or the end of the document).
    public var endLineIndex: Int
    /// Indexes into `ChecklistDocument.items`.
    public var itemIndexes: [Int]
}
