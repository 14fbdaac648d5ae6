import Foundation

/// Holds what a provider sends (the contract's response or message payload) against the type
/// the consumer decodes it into. The consumer's type is the one named in a decode call near the
/// call or consume site (`decode([OrderSummary].self)`, `as OrderCreated`, `<Quote>`), else the
/// type of the consumer named like the payload or topic (`OrderCreated` for `order.created`).
/// Field names compare as the JSON wire does after the code's renames (`CodingKeys`).
struct PayloadChecker {
    struct Mismatch: Sendable, Hashable {
        enum Kind: String, Sendable { case neverSent = "read but never sent", mayBeAbsent = "required here, optional in the contract", typeMismatch = "type mismatch", enumValueMissing = "enum value missing" }
        var use: IntegrationUse
        var consumerType: String
        var field: String
        var kind: Kind
        var detail: String
        var provider: Evidence?
        var consumer: Evidence
    }

    struct Checked: Sendable, Hashable {
        var use: IntegrationUse
        /// The shape the contract says the provider sends.
        var provided: DataShape
        var consumerType: DataShape
        /// Whether a field the contract marks optional can reach the consumer absent.
        var omissionMatters: Bool

        var providerShape: String { provided.name }
    }

    let catalog: SchemaCatalog
    let landscape: Landscape
    let files: [String]
    let sources: SourceCache

    func check(_ uses: [IntegrationUse]) -> (checked: [Checked], mismatches: [Mismatch]) {
        var types: [String: [DataShape]] = [:]
        var checked: [Checked] = []
        var mismatches: [Mismatch] = []
        for use in uses {
            guard let consumer = use.consumer, let response = use.operation.response else { continue }
            let contract = catalog.contracts[use.contract]
            guard let (provided, _) = SchemaCatalog.shape(response, in: contract), provided.kind == .object else { continue }
            if types[consumer] == nil { types[consumer] = codeTypes(of: consumer) }
            let candidates = types[consumer] ?? []
            guard let type = decoded(at: use.callSite, among: candidates) ?? named(provided.name, use.operation.topic, among: candidates) else { continue }
            checked.append(Checked(use: use, provided: provided, consumerType: type, omissionMatters: Self.omissionReachesConsumer(contract.format)))
            mismatches += compare(provided, type, use: use)
        }
        return (checked, mismatches)
    }

    private func codeTypes(of component: String) -> [DataShape] {
        guard let folder = landscape.component(component)?.path else { return [] }
        return files.filter { ProjectFiles.contains(folder: folder, path: $0) && CodeTypeReader.reads($0) }
            .flatMap { CodeTypeReader(path: $0).read(sources.lines($0).joined(separator: "\n")) }
    }

    private func decoded(at site: Evidence?, among types: [DataShape]) -> DataShape? {
        guard let site else { return nil }
        let lines = sources.lines(site.path)
        guard !lines.isEmpty else { return nil }
        let window = lines[max(0, site.line - 2)..<min(lines.count, site.line + 4)].joined(separator: "\n")
        return types.first { type in
            Self.decodePatterns(type.name).contains { window.contains($0) }
        }
    }

    /// How a decode call names its target type: Swift `decode(T.self`, TypeScript/Java/C#
    /// generics `<T>`, Java `T.class`, Kotlin `T::class`, Python `T(**data)`/`T.model_validate(`/
    /// `parse_obj_as(T`, Go `var v T` / `&T{}`.
    static func decodePatterns(_ name: String) -> [String] {
        ["(\(name).self", "([\(name)].self", "as \(name)", "<\(name)>", "<\(name)[]>", "<List<\(name)>>", ": \(name) =", "\(name).class", "\(name)::class",
         "\(name)(**", "\(name).model_validate", "\(name).parse_obj", "parse_obj_as(\(name)", "TypeAdapter(\(name)", "\(name)[]",
         " \(name)\n", " []\(name)\n", "&\(name){", ": list[\(name)]", "-> \(name)"]
    }

    private func named(_ shape: String, _ topic: String?, among types: [DataShape]) -> DataShape? {
        let wanted = Set([shape, topic].compactMap { $0 }.map(CatalogNames.core))
        return types.first { wanted.contains(CatalogNames.core($0.name)) }
    }

    /// Whether a field the contract lets the provider omit reaches the consumer absent. A proto3
    /// decoder fills an omitted field with its default value, so for `.proto` contracts it never does.
    static func omissionReachesConsumer(_ format: ContractSchemas.Format?) -> Bool { format != .proto }

    func compare(_ provided: DataShape, _ type: DataShape, use: IntegrationUse) -> [Mismatch] {
        var result: [Mismatch] = []
        let format = catalog.contracts.indices.contains(use.contract) ? catalog.contracts[use.contract].format : nil
        let omissionMatters = Self.omissionReachesConsumer(format)
        let sent = Dictionary(provided.fields.map { (CatalogNames.normalized($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        for field in type.fields {
            guard let other = sent[CatalogNames.normalized(field.name)] else {
                if field.required {
                    result.append(Mismatch(use: use, consumerType: type.name, field: field.name, kind: .neverSent,
                                           detail: "`\(type.name)` requires `\(field.name)`; `\(provided.name)` has no such field", provider: provided.location, consumer: field.location))
                }
                continue
            }
            if !field.kind.accepts(other.kind) {
                result.append(Mismatch(use: use, consumerType: type.name, field: field.name, kind: .typeMismatch,
                                       detail: "sent as `\(other.type)`, decoded as `\(field.type)`", provider: other.location, consumer: field.location))
            } else if field.required && !other.required && omissionMatters {
                result.append(Mismatch(use: use, consumerType: type.name, field: field.name, kind: .mayBeAbsent,
                                       detail: "the contract lets the provider omit it", provider: other.location, consumer: field.location))
            }
            let missing = other.enumValues.filter { !field.enumValues.isEmpty && !field.enumValues.contains($0) }
            if !missing.isEmpty {
                result.append(Mismatch(use: use, consumerType: type.name, field: field.name, kind: .enumValueMissing,
                                       detail: "the consumer lacks " + missing.map { "`\($0)`" }.joined(separator: ", "), provider: other.location, consumer: field.location))
            }
        }
        return result
    }
}
