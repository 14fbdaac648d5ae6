/// A changelog in markdown: breaking changes, then warnings, then compatible changes.
public struct DiffMarkdownRenderer: Sendable {
    public init() {}

    public func render(_ reports: [DiffReport]) -> String {
        var out = "# API changelog\n"
        for report in reports {
            out += "\n## \(report.revision)\n\nCompared with `\(report.base)`.\n"
            let sections: [(ChangeLevel, String)] = [(.error, "Breaking changes"), (.warning, "Changes that may break clients"), (.info, "Compatible changes")]
            for (level, title) in sections {
                let items = DiffOrdering.sortedIndices(report.changes).filter { $0.1.level == level }
                guard !items.isEmpty else { continue }
                out += "\n### \(title)\n\n"
                for (index, change) in items {
                    out += "- `\(change.operation)`: \(change.message) (`\(change.id)`)\n"
                    for consumer in report.consumers(of: index) {
                        out += "  - affects `\(consumer.component ?? "?")` at `\(consumer.location)`\n"
                    }
                }
            }
            if report.changes.isEmpty { out += "\nNo changes.\n" }
        }
        return out
    }
}
