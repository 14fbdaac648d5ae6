/// The markdown forms the checklist parser understands, in one place.
/// Regex literals are immutable once built; `Regex` is not marked `Sendable` yet, hence
/// `nonisolated(unsafe)`.
enum ChecklistSyntax {
    /// `- [ ] text`, `* [x] text`, `1. [~] text`, with any indentation.
    nonisolated(unsafe) static let item = #/^(?<indent>[ \t]*)(?:[-*+]|\d+[.)])[ \t]+\[(?<mark>[ xX~!])\](?<rest>.*)$/#
    /// `<!-- id: p0.landscape -->`.
    nonisolated(unsafe) static let idComment = #/[ \t]*<!--[ \t]*id:[ \t]*(?<id>[A-Za-z0-9._-]+)[ \t]*-->/#
    /// `_(blocked: reason)_`, the form the tool writes for a `[!]` reason.
    nonisolated(unsafe) static let blockedNote = #/[ \t]*_\(blocked:[ \t]*(?<reason>[^)]*)\)_/#
    /// Any ATX heading.
    nonisolated(unsafe) static let heading = #/^(?<hashes>#{1,6})[ \t]+(?<title>.*?)[ \t]*#*[ \t]*$/#
    /// `Phase 3`, `PHASE 0` anywhere in a heading.
    nonisolated(unsafe) static let phaseNumber = #/(?i)\bphase[ \t]+(?<number>\d+)\b[ \t]*[:.\-–—]?[ \t]*(?<title>.*)$/#
}
