/// Phase 3, Data Mapping & Transformation Logic: who owns each store, which schemas exist,
/// which messages cross components.
public struct DataMappingPhase: IntegrationPhase {
    public let number = 3
    public let title = "Data Mapping & Transformation Logic"
    static let file = ArtifactFile.dataMapping
    /// Words that show a spec defines payload schemas.
    static let schemaKeywords = ["schemas:", "\"schemas\"", "definitions:", "\"definitions\"", "message ", "type ", "payload:"]

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
        let schemaSpecs = landscape.specs.compactMap { spec -> (APISpec, Evidence)? in
            context.sources.find(Self.schemaKeywords, in: spec.path).map { (spec, $0) }
        }
        let schemasText = landscape.specs.isEmpty ? Markdown.nothingFound("no contract, so no schema")
            : landscape.specs.map { spec in
                let evidence = schemaSpecs.first { $0.0 == spec }?.1
                return "- `\(spec.path)` (\(spec.format.rawValue)): " + (evidence.map { "schemas defined (\(Markdown.evidence([$0], limit: 1)))" } ?? "no schema definitions found")
            }.joined(separator: "\n")
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
        if landscape.specs.isEmpty {
            result.evaluations["p3.schemas"] = Evaluation(.notStarted, "no contract with schemas found")
        } else {
            result.evaluations["p3.schemas"] = schemaSpecs.count == landscape.specs.count
                ? Evaluation(.done, "every contract defines its schemas", evidence: schemaSpecs.map(\.1))
                : Evaluation(.inProgress, "\(schemaSpecs.count) of \(landscape.specs.count) contracts define schemas", evidence: schemaSpecs.map(\.1))
        }
        for store in shared {
            result.findings.append(Finding(
                id: "data.shared-store", severity: .warning, message: "store `\(store.name)` is used by \(store.usedBy.joined(separator: ", "))",
                consequence: "a schema change in one service can break the others: the database becomes an undocumented contract",
                fix: "give the store one owner and expose its data through that owner's API or events", evidence: store.evidence))
        }
        return result
    }
}
