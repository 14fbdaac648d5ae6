/// Phase 3, Data Mapping & Transformation Logic: who owns each store, which schemas exist,
/// which messages cross components.
public struct DataMappingPhase: IntegrationPhase {
    public let number = 3
    public let title = "Data Mapping & Transformation Logic"
    static let file = ArtifactFile.dataMapping

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let stores = landscape.resources.filter { $0.kind == .database || $0.kind == .search || $0.kind == .objectStorage || $0.kind == .cache }
        let shared = stores.filter { $0.usedBy.count > 1 }
        let orphan = stores.filter { $0.usedBy.isEmpty }
        let storesText = stores.isEmpty ? Markdown.nothingFound("no data store or cache")
            : Markdown.table(["Store", "System", "Owner(s)", "Note", "Evidence"], stores.map {
                [$0.name, $0.system, $0.usedBy.joined(separator: ", ").ifEmpty("—"),
                 $0.usedBy.count > 1 ? "shared by \($0.usedBy.count) components" : $0.usedBy.isEmpty ? "no user found" : "",
                 Markdown.evidence($0.evidence, limit: 2)]
            })
        let analysis = DataMappingAnalysis(root: context.root, landscape: landscape)
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
        ]
        if stores.isEmpty {
            result.evaluations["p3.store-ownership"] = Evaluation(.notStarted, "no data store found")
        } else if shared.isEmpty && orphan.isEmpty {
            result.evaluations["p3.store-ownership"] = Evaluation(.done, "each of \(stores.count) stores has one owner")
        } else {
            result.evaluations["p3.store-ownership"] = Evaluation(.inProgress, "\(shared.count) shared and \(orphan.count) unowned stores", evidence: (shared + orphan).flatMap(\.evidence))
        }
        result.evaluations["p3.schemas"] = Self.catalogEvaluation(catalog)
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
}
