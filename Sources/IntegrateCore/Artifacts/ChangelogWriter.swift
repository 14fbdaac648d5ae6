/// Adds a dated Keep a Changelog entry to `CHANGELOG.md` for a run that changed something.
/// Earlier entries are a person's record and are never rewritten.
public enum ChangelogWriter {
    public static let header = """
        # Changelog

        Changes to this project's integration landscape, contracts and checklist, recorded by `integrate`.
        The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); newest first.

        """

    /// The changelog with a new entry, or `existing` unchanged when `entry` is empty.
    public static func add(entry: ChangelogEntry, date: String, to existing: String?) -> String? {
        guard !entry.isEmpty else { return existing }
        var lines = ["## \(date)", ""]
        for section in entry.sections {
            lines += ["### \(section.title)"] + section.lines.map { "- \($0)" } + [""]
        }
        let block = lines.joined(separator: "\n")
        guard let existing, !existing.isEmpty else { return header + "\n" + block }
        // Newest first: before the first `## ` entry, else at the end.
        let text = TextLines(existing)
        if let first = text.lines.firstIndex(where: { $0.content.hasPrefix("## ") }) {
            let before = text.lines[..<first].map { $0.content + $0.terminator }.joined()
            let after = text.lines[first...].map { $0.content + $0.terminator }.joined()
            return before + block + "\n" + after
        }
        let separator = existing.hasSuffix("\n") ? (existing.hasSuffix("\n\n") ? "" : "\n") : "\n\n"
        return existing + separator + block
    }
}
