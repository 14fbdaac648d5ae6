/// The `Sensitive Fields` block: each field that carries personal or secret data by name or
/// format, where it is defined, the integrations carrying it and the external systems it reaches.
struct SensitiveFieldsRenderer {
    let catalog: SchemaCatalog
    let hits: [SensitiveFieldFinder.Hit]

    func render() -> String {
        guard !hits.isEmpty else { return Markdown.nothingFound("no catalogued field named or formatted as personal or secret data") }
        let rows = hits.sorted { ($1.external.count, $0.category, $0.field) < ($0.external.count, $1.category, $1.field) }.map { hit in
            [hit.category, Markdown.code(hit.field), Markdown.code(hit.shape), Markdown.evidence([hit.location], limit: 1),
             hit.integrations.isEmpty ? "—" : hit.integrations.joined(separator: "; "),
             hit.external.isEmpty ? "no" : "yes: " + hit.external.map { "`\($0)`" }.joined(separator: ", ")]
        }
        return Markdown.table(["Category", "Field", "Shape", "Defined at", "Carried by", "Leaves for an external system"], rows)
            + "\n\n_Names and locations only; values are never read._"
    }
}
