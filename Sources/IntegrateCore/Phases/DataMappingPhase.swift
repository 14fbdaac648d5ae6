/// Phase 3, Data Mapping & Transformation Logic: who owns each store, which schemas exist,
/// which messages cross components.
public struct DataMappingPhase: IntegrationPhase {
    public let number = 3
    public let title = "Data Mapping & Transformation Logic"
    static let file = ArtifactFile.dataMapping
    /// The managed section with the mapping tables generated per integration.
    static let generatedMappingsTitle = "Generated Field Mappings"

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let stores = landscape.resources.filter { $0.kind == .database || $0.kind == .search || $0.kind == .objectStorage || $0.kind == .cache }
        let shared = stores.filter { $0.usedBy.count > 1 }
        let orphan = stores.filter { $0.usedBy.isEmpty }
        let analysis = DataMappingAnalysis(root: context.root, landscape: landscape, sources: context.sources)
        let storesText = stores.isEmpty ? Markdown.nothingFound("no data store or cache")
            : Markdown.table(["Store", "System", "Owner(s)", "Tables / entities", "Note", "Evidence"], stores.map {
                let tables = analysis.tables[$0.id]
                let mapped = (tables?.tables ?? [:]).sorted { $0.key < $1.key }
                    .map { "\($0.key): " + $0.value.sorted().map { Markdown.code($0) }.joined(separator: ", ") }.joined(separator: "; ")
                let note = $0.usedBy.count > 1 ? "shared by \($0.usedBy.count) components" : $0.usedBy.isEmpty ? "no user found" : ""
                let shared = (tables?.shared ?? []).map { "shared table \(Markdown.code($0))" }
                return [$0.name, $0.system, $0.usedBy.joined(separator: ", ").ifEmpty("—"), mapped.ifEmpty("—"),
                        ([note].filter { !$0.isEmpty } + shared).joined(separator: "; "), Markdown.evidence($0.evidence, limit: 2)]
            })
        let catalog = analysis.catalog
        let schemasText = SchemaCatalogRenderer(catalog: catalog, uses: analysis.uses).render()
        let messaging = landscape.productionPoints.filter { $0.kind == .publish || $0.kind == .consume }
        let topics = Dictionary(grouping: messaging, by: { $0.topic ?? "(unnamed)" })
        let messagesText = topics.isEmpty ? Markdown.nothingFound("no message producer or consumer")
            : Markdown.table(["Topic / queue", "Producers", "Consumers", "Evidence"], topics.keys.sorted().map { topic in
                let points = topics[topic] ?? []
                let producers = Set(points.filter { $0.kind == .publish }.compactMap(\.component)).sorted().joined(separator: ", ")
                let consumers = Set(points.filter { $0.kind == .consume }.compactMap(\.component)).sorted().joined(separator: ", ")
                return [Markdown.code(topic), producers.ifEmpty("—"), consumers.ifEmpty("—"), Markdown.evidence(points.flatMap(\.evidence), limit: 2)]
            })
        result.sections = [
            Section(file: Self.file, title: "Data Stores and Owners", markdown: storesText),
            Section(file: Self.file, title: "Schemas", markdown: schemasText),
            Section(file: Self.file, title: "Message Payloads", markdown: messagesText),
            Section(file: Self.file, title: "Contract Copies", markdown: ContractCopiesRenderer(catalog: catalog, drifts: analysis.drifts).render()),
            Section(file: Self.file, title: "Payload Checks", markdown: PayloadChecksRenderer(checked: analysis.payloads, mismatches: analysis.mismatches).render()),
            Section(file: Self.file, title: "Sensitive Fields", markdown: SensitiveFieldsRenderer(catalog: catalog, hits: analysis.sensitive).render()),
            // Not a template heading: it lands after the person's `Field Mappings`, beside it.
            Section(file: Self.file, title: Self.generatedMappingsTitle,
                    markdown: FieldMappingsRenderer(mappings: analysis.payloads.map(FieldMapping.init), uses: analysis.uses, catalog: catalog).render()),
        ]
        if stores.isEmpty {
            result.evaluations["p3.store-ownership"] = Evaluation(.notStarted, "no data store found")
        } else if shared.isEmpty && orphan.isEmpty {
            result.evaluations["p3.store-ownership"] = Evaluation(.done, "each of \(stores.count) stores has one owner")
        } else {
            result.evaluations["p3.store-ownership"] = Evaluation(.inProgress, "\(shared.count) shared and \(orphan.count) unowned stores", evidence: (shared + orphan).flatMap(\.evidence))
        }
        result.evaluations["p3.schemas"] = Self.catalogEvaluation(catalog)
        result.evaluations["p3.contract-copies"] = Self.driftEvaluation(analysis)
        result.findings += Self.driftFindings(analysis)
        result.evaluations["p3.sensitive-data"] = Self.sensitiveEvaluation(analysis)
        result.evaluations["p3.payloads"] = Self.payloadEvaluation(analysis)
        result.findings += analysis.mismatches.filter { $0.kind != .mayBeAbsent }.map { mismatch in
            Finding(id: "data.payload-mismatch", severity: .error,
                    message: "`\(mismatch.consumerType).\(mismatch.field)` on \(mismatch.use.integrationLabel) `\(mismatch.use.operation.label)`: \(mismatch.kind.rawValue) (\(mismatch.detail))",
                    consequence: "the consumer fails to decode the payload, or reads a default where the provider meant a value",
                    fix: "generate the consumer's type from the contract, or align the field with the provider",
                    evidence: [mismatch.consumer] + [mismatch.provider].compactMap { $0 })
        }
        for store in shared {
            result.findings.append(Finding(
                id: "data.shared-store", severity: .warning, message: "store `\(store.name)` is used by \(store.usedBy.joined(separator: ", "))",
                consequence: "a schema change in one service can break the others: the database becomes an undocumented contract",
                fix: "give the store one owner and expose its data through that owner's API or events", evidence: store.evidence))
        }
        return result
    }

    /// `[x]` when every contract was read and each defines at least one shape; `[~]` naming the
    /// files that could not be read or define none.
    static func catalogEvaluation(_ catalog: SchemaCatalog) -> Evaluation {
        if catalog.contracts.isEmpty && catalog.unreadable.isEmpty { return Evaluation(.notStarted, "no contract with schemas found") }
        let empty = catalog.contracts.filter { $0.shapes.isEmpty }
        let evidence = catalog.contracts.compactMap { $0.shapes.first?.location }
        if catalog.unreadable.isEmpty && empty.isEmpty {
            let shapes = catalog.contracts.reduce(0) { $0 + $1.shapes.count }
            return Evaluation(.done, "\(catalog.contracts.count) contracts read, \(shapes) shapes with their fields catalogued", evidence: evidence)
        }
        var reasons: [String] = []
        if !catalog.unreadable.isEmpty { reasons.append("not readable: " + catalog.unreadable.map { "`\($0.path)`" }.joined(separator: ", ")) }
        if !empty.isEmpty { reasons.append("no schema defined: " + empty.map { "`\($0.path)`" }.joined(separator: ", ")) }
        return Evaluation(.inProgress, reasons.joined(separator: "; "), evidence: evidence)
    }

    /// `[x]` when no copy breaks the provider's; `[~]` with the breaking ones, or when a contract
    /// could not be read (a copy may hide in it).
    static func driftEvaluation(_ analysis: DataMappingAnalysis) -> Evaluation {
        let catalog = analysis.catalog
        if catalog.contracts.isEmpty { return Evaluation(.notStarted, "no contract found, so no copy to compare") }
        let breaking = analysis.drifts.filter { !$0.breaking.isEmpty }
        let evidence = analysis.drifts.flatMap { $0.changes.compactMap(\.consumer) }
        if !breaking.isEmpty {
            return Evaluation(.inProgress, breaking.map { "`\(catalog.contracts[$0.consumer].path)` breaks against `\(catalog.contracts[$0.provider].path)` (\($0.breaking.count))" }
                .joined(separator: "; "), evidence: evidence)
        }
        if !catalog.unreadable.isEmpty { return Evaluation(.inProgress, "\(catalog.unreadable.count) contracts could not be read and compared") }
        let compared = analysis.drifts.count
        return Evaluation(.done, compared == 0 ? "each of \(catalog.contracts.count) contracts is kept in one place"
                          : "\(compared) copies differ from the provider's without breaking it", evidence: evidence)
    }

    static func driftFindings(_ analysis: DataMappingAnalysis) -> [Finding] {
        analysis.drifts.compactMap { drift in
            let consumer = analysis.catalog.contracts[drift.consumer].path
            let provider = analysis.catalog.contracts[drift.provider].path
            let worst = drift.changes.map(\.level).max() ?? .info
            guard worst != .info else { return nil }
            let subjects = (drift.breaking.isEmpty ? drift.changes : drift.breaking).map { "`\($0.subject)`" }
            return Finding(
                id: "data.contract-copy-drift", severity: worst == .error ? .error : .warning,
                message: "copy `\(consumer)` of `\(drift.identity)` differs from `\(provider)`: " + subjects.prefix(4).joined(separator: ", ") + (subjects.count > 4 ? " +\(subjects.count - 4)" : ""),
                consequence: worst == .error ? "code built from the copy reads data the provider no longer sends, or sends data it rejects" : "the copies disagree; one side may reject what the other sends",
                fix: "generate both sides from one source of the contract (a shared package or registry) instead of keeping copies",
                evidence: (drift.changes.compactMap(\.consumer) + drift.changes.compactMap(\.provider)).sorted())
        }
    }

    /// `[~]` while a sensitive field reaches an external system (a person must classify it);
    /// `[x]` when the complete catalog shows none leaving.
    static func sensitiveEvaluation(_ analysis: DataMappingAnalysis) -> Evaluation {
        let catalog = analysis.catalog
        if catalog.contracts.isEmpty { return Evaluation(.notStarted, "no contract found, so no field to classify") }
        let leaving = analysis.sensitive.filter { !$0.external.isEmpty }
        if !leaving.isEmpty {
            return Evaluation(.inProgress, leaving.map { "`\($0.shape).\($0.field)` (\($0.category)) reaches " + $0.external.joined(separator: ", ") }.joined(separator: "; "),
                              evidence: leaving.map(\.location))
        }
        if !catalog.unreadable.isEmpty { return Evaluation(.inProgress, "\(catalog.unreadable.count) contracts could not be read for sensitive fields") }
        return Evaluation(.done, "\(analysis.sensitive.count) sensitive fields catalogued, none carried to an external system", evidence: analysis.sensitive.map(\.location))
    }

    /// `[x]` when consumer types were matched to payloads and none disagrees; `[~]` with the
    /// disagreeing fields; `[ ]` when no consumer type could be matched.
    static func payloadEvaluation(_ analysis: DataMappingAnalysis) -> Evaluation {
        if analysis.payloads.isEmpty { return Evaluation(.notStarted, "no consumer decode type matched to a contract payload") }
        let wrong = analysis.mismatches.filter { $0.kind != .mayBeAbsent }
        if !wrong.isEmpty {
            return Evaluation(.inProgress, wrong.map { "`\($0.consumerType).\($0.field)`: \($0.kind.rawValue)" }.joined(separator: "; "), evidence: wrong.map(\.consumer))
        }
        return Evaluation(.done, "\(analysis.payloads.count) consumer types agree with the payloads they decode", evidence: analysis.payloads.map(\.consumerType.location))
    }
}
