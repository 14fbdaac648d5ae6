/// The `Payload Checks` block: each provider payload held against the consumer's decode type,
/// then every field that disagrees with both locations.
struct PayloadChecksRenderer {
    let checked: [PayloadChecker.Checked]
    let mismatches: [PayloadChecker.Mismatch]

    func render() -> String {
        guard !checked.isEmpty else {
            return Markdown.nothingFound("no consumer decode type (Swift `Codable`, TypeScript interface/type, Python dataclass/Pydantic/TypedDict, Go struct, Java/Kotlin class or record, C# class or record) matched to a contract payload")
        }
        let pairs = Markdown.table(["Integration", "Operation / topic", "Provider sends", "Consumer decodes into"], checked.map {
            [$0.use.integrationLabel, Markdown.code($0.use.operation.label), Markdown.code($0.providerShape) + " (" + Markdown.evidence([$0.use.operation.location], limit: 1) + ")",
             Markdown.code($0.consumerType.name) + " (" + Markdown.evidence([$0.consumerType.location], limit: 1) + ")"]
        })
        guard !mismatches.isEmpty else { return pairs + "\n\n_Every field the consumers read is sent with a compatible type._" }
        let rows = Markdown.table(["Integration", "Operation / topic", "Field", "Finding", "Detail", "Provider", "Consumer"], mismatches.map {
            [$0.use.integrationLabel, Markdown.code($0.use.operation.label), Markdown.code($0.field), $0.kind.rawValue, $0.detail,
             $0.provider.map { Markdown.evidence([$0], limit: 1) } ?? "—", Markdown.evidence([$0.consumer], limit: 1)]
        })
        return pairs + "\n\n" + rows
    }
}
