/// The generated mapping of one payload known on both sides of an integration: each field the
/// provider sends (by its wire name) beside the consumer's field that receives it, then the
/// consumer's fields nothing fills. Fields pair as the JSON wire does after the code's renames
/// (`CodingKeys`, json tags, `@JsonProperty`, `alias=`), the way `PayloadChecker` compares them.
///
///     FieldMapping(checked).rows.map(\.notes)
///     // [[], [.renamed], [.typeMismatch], [.notRead], [.neverSent]]
struct FieldMapping: Sendable, Hashable {
    /// What the table says of one pair of fields beyond their names, types and requiredness.
    enum Note: String, Sendable, CaseIterable {
        case renamed = "renamed in code"
        case looseName = "names differ in case or separators"
        case typeMismatch = "type mismatch"
        case mayBeAbsent = "optional in the contract, required here"
        case enumValueMissing = "the consumer lacks an enum value"
        case notRead = "not read by the consumer"
        case neverSent = "read but never sent"
        case optionalNeverSent = "optional here, never sent"
    }

    /// One line of the table: a source field, a target field, or both.
    struct Row: Sendable, Hashable {
        /// The provider's field; `nil` when the consumer reads a field the provider never sends.
        var source: DataField?
        /// The consumer's field; `nil` when the consumer does not read the provider's field.
        var target: DataField?
        var notes: [Note]
    }

    var use: IntegrationUse
    var provider: DataShape
    var consumer: DataShape
    var rows: [Row]

    init(_ checked: PayloadChecker.Checked) {
        use = checked.use
        provider = checked.provided
        consumer = checked.consumerType
        let received = Dictionary(consumer.fields.map { (CatalogNames.normalized($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        var matched: Set<String> = []
        var rows: [Row] = []
        for source in provider.fields {
            let key = CatalogNames.normalized(source.name)
            guard let target = received[key] else {
                rows.append(Row(source: source, target: nil, notes: [.notRead]))
                continue
            }
            matched.insert(key)
            rows.append(Row(source: source, target: target, notes: Self.notes(source, target, omissionMatters: checked.omissionMatters)))
        }
        for target in consumer.fields where !matched.contains(CatalogNames.normalized(target.name)) {
            rows.append(Row(source: nil, target: target, notes: [target.required ? .neverSent : .optionalNeverSent]))
        }
        self.rows = rows
    }

    /// What differs between a field sent and the field that receives it.
    static func notes(_ source: DataField, _ target: DataField, omissionMatters: Bool) -> [Note] {
        var notes: [Note] = []
        if target.codeName != nil { notes.append(.renamed) }
        if target.name != source.name { notes.append(.looseName) }
        if !target.kind.accepts(source.kind) { notes.append(.typeMismatch) }
        if target.required && !source.required && omissionMatters { notes.append(.mayBeAbsent) }
        if !target.enumValues.isEmpty && source.enumValues.contains(where: { !target.enumValues.contains($0) }) { notes.append(.enumValueMissing) }
        return notes
    }
}
