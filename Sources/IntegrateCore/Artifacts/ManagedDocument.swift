import Foundation

/// A markdown document with generated blocks between `<!-- integrate:begin ID -->` and
/// `<!-- integrate:end ID -->` markers. Only the inside of blocks is ever rewritten; every other
/// byte of the document is kept as it is.
public struct ManagedDocument: Sendable, Equatable {
    public struct Block: Sendable, Equatable {
        public var id: String
        /// 0-based line of the begin marker.
        public var beginLine: Int
        /// 0-based line of the end marker.
        public var endLine: Int
    }

    public private(set) var lines: TextLines
    public private(set) var blocks: [Block] = []

    // Regex literals are immutable once built; the type is not marked Sendable yet.
    nonisolated(unsafe) static let begin = #/^\s*<!--\s*integrate:begin\s+(?<id>[A-Za-z0-9._\/-]+)\s*-->\s*$/#
    nonisolated(unsafe) static let end = #/^\s*<!--\s*integrate:end\s+(?<id>[A-Za-z0-9._\/-]+)\s*-->\s*$/#

    /// Parses the blocks; unbalanced, nested or duplicated markers are an error naming the line.
    public init(text: String, path: String) throws {
        lines = TextLines(text)
        blocks = try Self.parseBlocks(lines, path: path)
    }

    public var text: String { lines.text }
    public var blockIDs: [String] { blocks.map(\.id) }

    public static func beginMarker(_ id: String) -> String { "<!-- integrate:begin \(id) -->" }
    public static func endMarker(_ id: String) -> String { "<!-- integrate:end \(id) -->" }

    /// The lines of a whole block, markers included, for a fresh document.
    public static func blockLines(id: String, markdown: String) -> [String] {
        [beginMarker(id)] + contentLines(markdown) + [endMarker(id)]
    }

    static func contentLines(_ markdown: String) -> [String] {
        var lines = TextLines(markdown).lines.map(\.content)
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        return lines
    }

    /// Replaces the inside of block `id`; returns false when the document has no such block.
    @discardableResult
    public mutating func replace(id: String, markdown: String) -> Bool {
        guard let block = blocks.first(where: { $0.id == id }) else { return false }
        let terminator = lines.dominantTerminator
        let newLines = Self.contentLines(markdown).map { TextLines.Line(content: $0, terminator: terminator) }
        lines.lines.replaceSubrange((block.beginLine + 1)..<block.endLine, with: newLines)
        blocks = (try? Self.parseBlocks(lines, path: "")) ?? blocks
        return true
    }

    /// Inserts a new block at the end of the section under the heading titled `heading`
    /// (any level, compared case-insensitively), or at the end of the document under a new
    /// `## heading` when there is no such heading.
    public mutating func insert(id: String, markdown: String, underHeading heading: String) {
        let terminator = lines.dominantTerminator
        let wanted = heading.lowercased()
        var headingLine: Int? = nil
        var headingLevel = 0
        var fence = MarkdownFence()
        for (index, line) in lines.lines.enumerated() {
            if fence.consume(line.content) || isInsideBlock(index) { continue }
            if let match = line.content.firstMatch(of: ChecklistSyntax.heading) {
                if let start = headingLine {
                    if match.output.hashes.count <= headingLevel {
                        insertBlock(id: id, markdown: markdown, at: trimBlankBefore(index, after: start), terminator: terminator)
                        return
                    }
                } else if String(match.output.title).lowercased() == wanted {
                    headingLine = index
                    headingLevel = match.output.hashes.count
                }
            }
        }
        if let start = headingLine {
            insertBlock(id: id, markdown: markdown, at: trimBlankBefore(lines.lines.count, after: start), terminator: terminator)
            return
        }
        if let last = lines.lines.indices.last, lines.lines[last].terminator.isEmpty { lines.lines[last].terminator = terminator }
        var added: [String] = []
        if let last = lines.lines.last, !last.content.trimmingCharacters(in: .whitespaces).isEmpty { added.append("") }
        added += ["## \(heading)", ""] + Self.blockLines(id: id, markdown: markdown)
        lines.lines += added.map { TextLines.Line(content: $0, terminator: terminator) }
        blocks = (try? Self.parseBlocks(lines, path: "")) ?? blocks
    }

    private func isInsideBlock(_ line: Int) -> Bool {
        blocks.contains { $0.beginLine < line && line < $0.endLine }
    }

    /// The line after the last non-blank line of the section, so a block lands before the blank
    /// lines that separate it from the next heading.
    private func trimBlankBefore(_ index: Int, after start: Int) -> Int {
        var position = index
        while position > start + 1, lines.lines[position - 1].content.trimmingCharacters(in: .whitespaces).isEmpty {
            position -= 1
        }
        return position
    }

    private mutating func insertBlock(id: String, markdown: String, at index: Int, terminator: String) {
        var newLines = [""] + Self.blockLines(id: id, markdown: markdown)
        if index < lines.lines.count, !lines.lines[index].content.trimmingCharacters(in: .whitespaces).isEmpty { newLines.append("") }
        if index == lines.lines.count, let last = lines.lines.indices.last, lines.lines[last].terminator.isEmpty {
            lines.lines[last].terminator = terminator
        }
        lines.lines.insert(contentsOf: newLines.map { TextLines.Line(content: $0, terminator: terminator) }, at: index)
        blocks = (try? Self.parseBlocks(lines, path: "")) ?? blocks
    }

    static func parseBlocks(_ lines: TextLines, path: String) throws -> [Block] {
        var blocks: [Block] = []
        var open: (id: String, line: Int)? = nil
        var seen: Set<String> = []
        for (index, line) in lines.lines.enumerated() {
            if let match = line.content.firstMatch(of: begin) {
                let id = String(match.output.id)
                if let open {
                    throw IntegrateError(.input, "managed block `\(id)` begins inside block `\(open.id)` (opened at line \(open.line + 1)); blocks cannot nest", path: path, line: index + 1)
                }
                if seen.contains(id) {
                    throw IntegrateError(.input, "managed block `\(id)` appears twice", path: path, line: index + 1)
                }
                open = (id, index)
            } else if let match = line.content.firstMatch(of: end) {
                let id = String(match.output.id)
                guard let current = open, current.id == id else {
                    throw IntegrateError(.input, "`integrate:end \(id)` has no matching begin marker", path: path, line: index + 1)
                }
                blocks.append(Block(id: id, beginLine: current.line, endLine: index))
                seen.insert(id)
                open = nil
            }
        }
        if let open {
            throw IntegrateError(.input, "managed block `\(open.id)` has no `integrate:end` marker", path: path, line: open.line + 1)
        }
        return blocks
    }
}
