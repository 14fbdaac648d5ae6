/// The `Generated Field Mappings` block: per integration whose payload is known on both sides
/// (a contract payload and the consumer's decode type), a table source field → target field
/// with both types, requiredness and what differs; then the integrations where one side is
/// unknown. A person's own `Field Mappings` section stays outside the block, beside it.
struct FieldMappingsRenderer {
    let mappings: [FieldMapping]
    /// Every operation and topic an integration uses, to name those with no mapping.
    let uses: [IntegrationUse]
    let catalog: SchemaCatalog

    func render() -> String {
        var parts: [String] = []
        for mapping in mappings {
            let contract = catalog.contracts.indices.contains(mapping.use.contract) ? catalog.contracts[mapping.use.contract].path : nil
            // The contract is in the heading: one operation described by two contract copies gets two distinct tables.
            parts.append("#### \(mapping.use.integrationLabel) \(Markdown.code(mapping.use.operation.label)): "
                + "\(Markdown.code(mapping.provider.name))" + (contract.map { " of \(Markdown.code($0))" } ?? "") + " → \(Markdown.code(mapping.consumer.name))")
            parts.append("Provider: " + Markdown.evidence([mapping.provider.location], limit: 1)
                + "; consumer: " + Markdown.evidence([mapping.consumer.location], limit: 1) + ".")
            parts.append(Markdown.table(["Source field", "Target field", "Type", "Required", "Note", "Defined at"], mapping.rows.map(row)))
        }
        let mapped = Set(mappings.map { Self.key($0.use) })
        var unknown: [String] = []
        for use in uses where !mapped.contains(Self.key(use)) {
            let text = "\(use.integrationLabel) \(Markdown.code(use.operation.label))"
            if !unknown.contains(text) { unknown.append(text) }
        }
        if mappings.isEmpty {
            parts.append(Markdown.nothingFound("no integration whose payload is known on both sides (a contract payload and the consumer's decode type)"))
        }
        if !unknown.isEmpty {
            parts.append("No payload known on both sides for: " + unknown.joined(separator: "; ") + ".")
        }
        return parts.joined(separator: "\n\n")
    }

    private func row(_ row: FieldMapping.Row) -> [String] {
        let target = row.target.map { field in
            field.codeName.map { "\(Markdown.code($0)) (JSON \(Markdown.code(field.name)))" } ?? Markdown.code(field.name)
        }
        return [row.source.map { Markdown.code($0.name) } ?? "—", target ?? "—",
                Self.pair(row.source.map { Markdown.code($0.type) }, row.target.map { Markdown.code($0.type) }),
                Self.pair(row.source.map { $0.required ? "yes" : "no" }, row.target.map { $0.required ? "yes" : "no" }),
                row.notes.map(\.rawValue).joined(separator: "; "),
                Markdown.evidence([row.source?.location, row.target?.location].compactMap { $0 }, limit: 2)]
    }

    /// `a → b`, with `—` for a missing side.
    static func pair(_ source: String?, _ target: String?) -> String { "\(source ?? "—") → \(target ?? "—")" }

    /// One operation of one integration, whichever contract copy describes it.
    static func key(_ use: IntegrationUse) -> String { "\(use.integrationLabel) \(use.operation.label)" }
}
