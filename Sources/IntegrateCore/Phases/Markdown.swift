/// Small helpers that keep generated markdown uniform across phases.
public enum Markdown {
    /// A table; cells have `|` and newlines escaped.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ value: String) -> String {
            value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var lines = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows { lines.append("| " + row.map(cell).joined(separator: " | ") + " |") }
        return lines.joined(separator: "\n")
    }

    /// Link targets to project files start with this; the artifact stage replaces it with the
    /// path from each artifact's folder to the project root, so phases need not know where
    /// artifacts are written.
    public static let rootLink = "](@root/"

    /// `path:line` links for evidence.
    static func evidence(_ items: [Evidence], limit: Int = 3) -> String {
        let shown = items.sorted().prefix(limit).map { "[`\($0.location)`\(rootLink)\(linkPath($0.path))#L\($0.line))" }
        let more = items.count > limit ? " +\(items.count - limit)" : ""
        return shown.joined(separator: ", ") + more
    }

    /// A path as a link target: spaces, `#`, `?` and parentheses percent-encoded, so
    /// `docs/my api.yaml` renders as a link instead of plain text.
    public static func linkPath(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    static func code(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "—" }
        return "`\(text.replacingOccurrences(of: "`", with: "'"))`"
    }

    /// The sentence a section shows when the project gave nothing to report.
    static func nothingFound(_ what: String) -> String { "_Nothing found: \(what)._" }
}

import Foundation
