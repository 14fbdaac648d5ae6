/// One `- [ ] text` line of a checklist, with where it stands.
public struct ChecklistItem: Sendable, Hashable {
    /// Stable id from an `<!-- id: p0.landscape -->` comment, when the item has one.
    public var id: String?
    public var marker: Marker
    /// The item's text after the marker, as written (bold verbs, id comment and all).
    public var text: String
    /// 0-based index of the item's line in the document.
    public var lineIndex: Int
    /// Leading whitespace width (tabs count 4); nested items are wider than their parent.
    public var indent: Int
    /// Phase number the item belongs to, or `nil` outside phases.
    public var phase: Int?
    /// `###` sub-area the item sits under, if any.
    public var group: String?
    /// Index (into `ChecklistDocument.items`) of the parent item for nested items.
    public var parent: Int?
    /// For `[!]` items: the reason written after `blocked:`.
    public var blockedReason: String?

    /// 1-based line number, for messages.
    public var line: Int { lineIndex + 1 }

    /// The text without the id comment, the blocked reason and markdown emphasis: what a person reads.
    public var plainText: String {
        let value = text.replacing(ChecklistSyntax.idComment, with: "").replacing(ChecklistSyntax.blockedNote, with: "")
        return value.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// A key to recognise the same item across versions of a checklist when it has no id.
    public var matchKey: String {
        plainText.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}

import Foundation
