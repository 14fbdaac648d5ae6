import Foundation

/// Merges two versions of a checklist without losing a person's words.
///
/// Items are the same item when they share an id, or (without ids) the same text once markers,
/// emphasis and punctuation are set aside.
public enum ChecklistMerger {
    /// Adds to `existing` every item of `source` it lacks, under the same phase (and `###` group
    /// when the person's checklist has it), after that phase's last item. Existing items keep
    /// their text, markers and place; a phase the person's checklist lacks is added whole.
    /// Returns the merged document and the plain texts of the items added.
    public static func addMissingItems(from source: ChecklistDocument, into existing: ChecklistDocument)
        -> (document: ChecklistDocument, added: [String])
    {
        var result = existing
        var added: [String] = []
        let sourceLines = source.lines.lines

        // Whole phases first: they carry their headings and groups.
        for phase in source.phases where result.phase(phase.number) == nil {
            var block = sourceLines[phase.lineIndex..<phase.endLineIndex].map(\.content)
            while let last = block.last, last.trimmingCharacters(in: .whitespaces).isEmpty { block.removeLast() }
            let insertAt = insertionLineForPhase(phase.number, in: result)
            let needsLeadingBlank = insertAt > 0 && !result.lines.lines[insertAt - 1].content.trimmingCharacters(in: .whitespaces).isEmpty
            let needsTrailingBlank = insertAt < result.lines.lines.count
                && !result.lines.lines[insertAt].content.trimmingCharacters(in: .whitespaces).isEmpty
            result.insertLines((needsLeadingBlank ? [""] : []) + block + (needsTrailingBlank ? [""] : []), at: insertAt)
            added += phase.itemIndexes.map { source.items[$0].plainText }
        }

        for (index, item) in source.items.enumerated() where item.parent == nil {
            guard let phaseNumber = item.phase, contains(result, item) == false,
                  let phase = result.phase(phaseNumber) else { continue }
            let subtree = subtreeIndexes(of: index, in: source)
            let block = subtree.map { sourceLines[source.items[$0].lineIndex].content }
            let sameGroup = phase.itemIndexes.filter { result.items[$0].group == item.group && item.group != nil }
            let anchorItems = sameGroup.isEmpty ? phase.itemIndexes : sameGroup
            let insertAt: Int
            if let last = anchorItems.last {
                insertAt = lastLineOfSubtree(last, in: result) + 1
            } else {
                insertAt = phase.lineIndex + 1
            }
            result.insertLines(block, at: insertAt)
            added += subtree.map { source.items[$0].plainText }
        }
        // Nested items whose parent the person already has.
        for (index, item) in source.items.enumerated() where item.parent != nil && !contains(result, item) {
            guard let parentIndex = item.parent,
                  let parent = match(source.items[parentIndex], in: result) else { continue }
            let insertAt = lastLineOfSubtree(parent, in: result) + 1
            result.insertLines([sourceLines[source.items[index].lineIndex].content], at: insertAt)
            added.append(item.plainText)
        }
        return (result, added)
    }

    /// Takes the new `source` and sets on it the markers (and blocked notes) that matching items
    /// carry in `previous`: used when a person never edited the installed checklist.
    public static func carryMarkers(from previous: ChecklistDocument, onto source: ChecklistDocument) -> ChecklistDocument {
        var result = source
        for index in result.items.indices {
            guard let old = match(result.items[index], in: previous).map({ previous.items[$0] }) else { continue }
            if old.marker != result.items[index].marker || old.blockedReason != nil {
                result.setMarker(old.marker, reason: old.blockedReason, forItemAt: index)
            }
        }
        return result
    }

    /// The index in `document` of the item that is the same as `item`, if any.
    public static func match(_ item: ChecklistItem, in document: ChecklistDocument) -> Int? {
        if let id = item.id { return document.items.firstIndex { $0.id == id } }
        let key = item.matchKey
        return document.items.firstIndex { $0.id == nil && $0.matchKey == key }
    }

    static func contains(_ document: ChecklistDocument, _ item: ChecklistItem) -> Bool {
        match(item, in: document) != nil
    }

    static func subtreeIndexes(of index: Int, in document: ChecklistDocument) -> [Int] {
        var result = [index]
        var frontier: Set<Int> = [index]
        for candidate in document.items.indices where candidate > index {
            guard let parent = document.items[candidate].parent, frontier.contains(parent) else {
                if document.items[candidate].indent <= document.items[index].indent { break }
                continue
            }
            result.append(candidate)
            frontier.insert(candidate)
        }
        return result
    }

    static func lastLineOfSubtree(_ index: Int, in document: ChecklistDocument) -> Int {
        subtreeIndexes(of: index, in: document).map { document.items[$0].lineIndex }.max() ?? document.items[index].lineIndex
    }

    /// Before the first phase numbered higher, else after the last phase's items, else at the end.
    static func insertionLineForPhase(_ number: Int, in document: ChecklistDocument) -> Int {
        if let next = document.phases.filter({ $0.number > number }).min(by: { $0.number < $1.number }) {
            return next.lineIndex
        }
        if let last = document.phases.max(by: { $0.lineIndex < $1.lineIndex }) {
            var end = last.endLineIndex
            while end > last.lineIndex + 1, document.lines.lines[end - 1].content.trimmingCharacters(in: .whitespaces).isEmpty {
                end -= 1
            }
            return end
        }
        return document.lines.lines.count
    }
}
