/// Small helpers that keep generated markdown uniform across phases.
///
/// The escaping checks UTF-8 bytes first and returns its input untouched when there is nothing
/// to escape (the usual case): a merged landscape renders tables of 200,000 rows, and
/// Foundation's `replacingOccurrences` on every cell dominated that. Output is unchanged.
public enum Markdown {
    /// A table; cells have `|` and newlines escaped.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        var text = ""
        func line(_ cells: [String]) {
            text += "| "
            for (index, value) in cells.enumerated() {
                if index > 0 { text += " | " }
                text += cell(value)
            }
            text += " |"
        }
        line(header)
        text += "\n|" + header.map { _ in "---" }.joined(separator: "|") + "|"
        for row in rows {
            text += "\n"
            line(row)
        }
        return text
    }

    /// A table cell: `|` -> `\|`, a newline -> a space. Text with neither (checked on bytes)
    /// is returned as is; the rest goes through Foundation, whose matching respects grapheme
    /// clusters (`|` followed by a combining mark is not replaced).
    static func cell(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) else { return value }
        return value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Link targets to project files start with this; the artifact stage replaces it with the
    /// path from each artifact's folder to the project root, so phases need not know where
    /// artifacts are written.
    public static let rootLink = "](@root/"

    /// `path:line` links for evidence.
    static func evidence(_ items: [Evidence], limit: Int = 3) -> String {
        let shown = items.count > 1 ? Array(items.sorted().prefix(limit)) : Array(items.prefix(limit))
        var text = ""
        for (index, item) in shown.enumerated() {
            if index > 0 { text += ", " }
            text += "[`\(item.location)`\(rootLink)\(linkPath(item.path))#L\(item.line))"
        }
        if items.count > limit { text += " +\(items.count - limit)" }
        return text
    }

    /// A path as a link target: spaces, `#`, `?` and parentheses percent-encoded, so
    /// `docs/my api.yaml` renders as a link instead of plain text.
    public static func linkPath(_ path: String) -> String {
        if path.utf8.allSatisfy(isPathAllowed) { return path }
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// ASCII bytes `CharacterSet.urlPathAllowed` keeps, less `(` and `)`.
    private static func isPathAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: "="), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    static func code(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        guard text.utf8.contains(UInt8(ascii: "`")) else { return "`\(text)`" }
        return "`\(text.replacingOccurrences(of: "`", with: "'"))`"
    }

    /// The sentence a section shows when the project gave nothing to report.
    static func nothingFound(_ what: String) -> String { "_Nothing found: \(what)._" }
}

import Foundation
