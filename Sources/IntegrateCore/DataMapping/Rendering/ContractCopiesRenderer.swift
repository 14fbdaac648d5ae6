/// The `Contract Copies` block: each copy compared with the provider's, change by change, with
/// the line in both copies and the level in the direction the data flows.
struct ContractCopiesRenderer {
    let catalog: SchemaCatalog
    let drifts: [ContractDrift]

    static func levelText(_ level: ChangeLevel) -> String {
        switch level {
        case .error: return "breaking"
        case .warning: return "may break"
        case .info: return "compatible"
        }
    }

    func render() -> String {
        guard !drifts.isEmpty else {
            return Markdown.nothingFound("no contract or event schema is kept in two places with differences")
        }
        return drifts.map { drift in
            let provider = catalog.contracts[drift.provider]
            let consumer = catalog.contracts[drift.consumer]
            var heading = "#### \(Markdown.code(drift.identity)): \(Markdown.code(consumer.path))\(consumer.component.map { " (`\($0)`)" } ?? "")"
                + " against \(Markdown.code(provider.path))\(provider.component.map { " (`\($0)`)" } ?? "")"
            heading += drift.directionKnown ? "" : "\n\n_No copy's component was seen serving or publishing it: the levels assume `\(provider.path)` is the provider's copy._"
            let rows = drift.changes.sorted { ($1.level, $0.subject) < ($0.level, $1.subject) }.map { change in
                [Self.levelText(change.level), Markdown.code(change.id), Markdown.code(change.subject),
                 change.providerSays + (change.provider.map { " (" + Markdown.evidence([$0], limit: 1) + ")" } ?? ""),
                 change.consumerSays + (change.consumer.map { " (" + Markdown.evidence([$0], limit: 1) + ")" } ?? "")]
            }
            let summary = "\(drift.breaking.count) breaking of \(drift.changes.count) differences."
            return heading + "\n\n" + Markdown.table(["Level", "Check", "Where", "Provider's copy", "Consumer's copy"], rows) + "\n\n" + summary
        }.joined(separator: "\n\n")
    }
}
