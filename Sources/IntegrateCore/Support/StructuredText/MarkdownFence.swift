/// Tracks fenced code blocks line by line, as CommonMark does: a fence opens with three or more
/// backticks or tildes (indented at most three spaces) and closes only with a line of the same
/// character, at least as long, and nothing else. So a ```` ```` ```` block can show a ```` ``` ````
/// block inside it, and a `- [ ]` or `## heading` line in either is code, not structure.
///
/// The one fence tracker: the checklist, managed blocks, the prompt and the template readers use it.
public struct MarkdownFence: Sendable, Equatable {
    /// The opening marker of the fence the reader is inside (`nil` outside any fence).
    public private(set) var open: Substring?

    public init() {}

    /// Whether the reader is inside a fenced block (after the last line consumed).
    public var isInside: Bool { open != nil }

    /// Consumes `line`; `true` when it is code or a fence line (the caller skips it), `false`
    /// when it is ordinary Markdown.
    public mutating func consume<S: StringProtocol>(_ line: S) -> Bool {
        let marker = Self.marker(in: line)
        guard let open else {
            if let marker { self.open = marker; return true }
            return false
        }
        if let marker, marker.first == open.first, marker.count >= open.count,
           line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(marker.count).allSatisfy({ $0 == " " || $0 == "\t" }) {
            self.open = nil
        }
        return true
    }

    /// The run of three or more backticks or tildes that starts `line` after at most three spaces.
    static func marker<S: StringProtocol>(in line: S) -> Substring? {
        var rest = Substring(line)
        var indent = 0
        while let first = rest.first, first == " " || first == "\t", indent < 4 {
            indent += 1
            rest = rest.dropFirst()
        }
        guard indent <= 3, let character = rest.first, character == "`" || character == "~" else { return nil }
        let run = rest.prefix(while: { $0 == character })
        guard run.count >= 3 else { return nil }
        // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
        if character == "`", rest.dropFirst(run.count).contains("`") { return nil }
        return run
    }
}
