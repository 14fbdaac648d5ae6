import Foundation

/// A checklist in markdown, parsed for its phases and items while keeping every byte.
///
/// Lines are kept verbatim; `text` joins them back byte for byte. The only edits are marker
/// changes (one character between the brackets, plus the tool's own `_(blocked: …)_` note) and
/// inserted lines, so everything a person wrote survives.
///
/// Understood: phase headings in the framework family's forms (`## Phase 1: API Design (Day 1-2)`,
/// `## 🔎 PHASE 0: DISCOVERY & INVENTORY (MANDATORY FIRST)`, `## Phase 3: Testing ⏱️ Day 5`),
/// `###` sub-areas, items `- [ ]`, `- [~]`, `- [x]`/`- [X]`, `- [!]` (nested too), YAML front
/// matter, and fenced code (whose `- [ ]` lines are not items). Other `##` sections (final
/// validation, change log, metrics) are not phases and are left as they are.
public struct ChecklistDocument: Sendable, Hashable {
    public private(set) var lines: TextLines
    public private(set) var phases: [ChecklistPhase] = []
    public private(set) var items: [ChecklistItem] = []

    public init(text: String) {
        self.lines = TextLines(text)
        parse()
    }

    public var text: String { lines.text }

    public func item(id: String) -> ChecklistItem? { items.first { $0.id == id } }

    public func phase(_ number: Int) -> ChecklistPhase? { phases.first { $0.number == number } }

    /// Item ids that appear more than once (each one should be unique).
    public var duplicateIDs: [String] {
        var seen: [String: Int] = [:]
        for case let id? in items.map(\.id) { seen[id, default: 0] += 1 }
        return seen.filter { $0.value > 1 }.map(\.key).sorted()
    }

    /// Counts of items per marker.
    public var markerCounts: [Marker: Int] {
        var counts: [Marker: Int] = [:]
        for item in items { counts[item.marker, default: 0] += 1 }
        return counts
    }

    // MARK: - Editing

    /// Sets an item's marker, writing or removing the tool's `_(blocked: …)_` note (callers decide,
    /// with `MarkerPolicy`, that the line is the tool's to change).
    /// Returns whether the line changed.
    @discardableResult
    public mutating func setMarker(_ marker: Marker, reason: String? = nil, forItemAt index: Int) -> Bool {
        let item = items[index]
        var content = lines.lines[item.lineIndex].content
        guard let match = content.firstMatch(of: ChecklistSyntax.item) else { return false }
        let markRange = match.output.mark.startIndex..<match.output.mark.endIndex
        content.replaceSubrange(markRange, with: marker.rawValue)
        // Only a `[!]` line carries the tool's note; other lines keep whatever a person wrote.
        if item.marker == .blocked { content = content.replacing(ChecklistSyntax.blockedNote, with: "") }
        if marker == .blocked, let reason, !reason.isEmpty {
            let note = " _(blocked: \(Self.sanitizeReason(reason)))_"
            if let idRange = content.firstRange(of: ChecklistSyntax.idComment) {
                content.insert(contentsOf: note, at: idRange.lowerBound)
            } else {
                let trimmedEnd = content.endIndex
                content.insert(contentsOf: note, at: trimmedEnd)
            }
        }
        guard content != lines.lines[item.lineIndex].content else { return false }
        lines.lines[item.lineIndex].content = content
        parse()
        return true
    }

    /// Inserts raw lines before the line at `lineIndex` using the document's line terminator.
    public mutating func insertLines(_ newLines: [String], at lineIndex: Int) {
        guard !newLines.isEmpty else { return }
        let terminator = lines.dominantTerminator
        var index = lineIndex
        // A last line without terminator needs one before anything is appended after it.
        if index == lines.lines.count, let last = lines.lines.indices.last, lines.lines[last].terminator.isEmpty {
            lines.lines[last].terminator = terminator
        }
        for line in newLines {
            lines.lines.insert(TextLines.Line(content: line, terminator: terminator), at: index)
            index += 1
        }
        parse()
    }

    static func sanitizeReason(_ reason: String) -> String {
        reason.replacingOccurrences(of: ")", with: "]").replacingOccurrences(of: "(", with: "[")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    // MARK: - Parsing

    private mutating func parse() {
        phases = []
        items = []
        var fence = MarkdownFence()
        var inFrontMatter = false
        var currentPhase: Int? = nil  // index into phases
        var currentGroup: String? = nil
        var stack: [(indent: Int, index: Int)] = []

        for (index, line) in lines.lines.enumerated() {
            let content = line.content
            if index == 0 && content == "---" {
                inFrontMatter = true
                continue
            }
            if inFrontMatter {
                if content == "---" || content == "..." { inFrontMatter = false }
                continue
            }
            if fence.consume(content) { continue }

            if let heading = content.firstMatch(of: ChecklistSyntax.heading) {
                let level = heading.output.hashes.count
                let title = String(heading.output.title)
                if let open = currentPhase, level <= phases[open].headingLevel {
                    phases[open].endLineIndex = index
                    currentPhase = nil
                }
                if level <= 2 || currentPhase == nil, let phase = Self.phaseHeading(title) {
                    phases.append(ChecklistPhase(
                        number: phase.number, title: phase.title, heading: title, headingLevel: level,
                        lineIndex: index, endLineIndex: lines.lines.count, itemIndexes: []))
                    currentPhase = phases.count - 1
                    currentGroup = nil
                } else if currentPhase != nil {
                    currentGroup = Self.cleanTitle(title)
                } else {
                    currentGroup = nil
                }
                stack.removeAll()
                continue
            }

            guard let match = content.firstMatch(of: ChecklistSyntax.item),
                  let marker = Marker(character: match.output.mark.first ?? "?") else { continue }
            let rest = String(match.output.rest)
            let indent = match.output.indent.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            while let last = stack.last, last.indent >= indent { stack.removeLast() }
            let id = rest.firstMatch(of: ChecklistSyntax.idComment).map { String($0.output.id) }
            var reason: String? = nil
            if marker == .blocked {
                if let note = rest.firstMatch(of: ChecklistSyntax.blockedNote) {
                    reason = String(note.output.reason).trimmingCharacters(in: .whitespaces)
                } else if let range = rest.range(of: "blocked:", options: .caseInsensitive) {
                    reason = String(rest[range.upperBound...]).replacing(ChecklistSyntax.idComment, with: "")
                        .trimmingCharacters(in: .whitespaces)
                }
            }
            let item = ChecklistItem(
                id: id, marker: marker, text: rest.hasPrefix(" ") ? String(rest.dropFirst()) : rest,
                lineIndex: index, indent: indent, phase: currentPhase.map { phases[$0].number },
                group: currentGroup, parent: stack.last?.index, blockedReason: reason)
            items.append(item)
            if let open = currentPhase { phases[open].itemIndexes.append(items.count - 1) }
            stack.append((indent, items.count - 1))
        }
    }

    /// Recognises a phase heading and extracts its number and clean title.
    static func phaseHeading(_ heading: String) -> (number: Int, title: String)? {
        guard let match = heading.firstMatch(of: ChecklistSyntax.phaseNumber),
              let number = Int(match.output.number) else { return nil }
        return (number, cleanTitle(String(match.output.title)))
    }

    /// Drops emoji, `(Day 1-2)`-style notes, `⏱️ Day 5` and `(MANDATORY FIRST)` from a title.
    static func cleanTitle(_ raw: String) -> String {
        var title = raw.replacing(#/\((?:[^)]*\bday\b[^)]*|mandatory[^)]*)\)/#.ignoresCase(), with: "")
        title = title.replacing(#/⏱️?\s*day\s*[\d\-– ]+/#.ignoresCase(), with: "")
        title = String(title.unicodeScalars.filter { !$0.properties.isEmojiPresentation && $0.value != 0xFE0F && !($0.properties.isEmoji && $0.value > 0x238C) })
        return title.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":-–—")))
    }
}
