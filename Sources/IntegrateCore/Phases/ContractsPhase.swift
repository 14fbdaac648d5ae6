/// Phase 1, API Design & Contract Definition: which APIs have contracts, and are they versioned.
public struct ContractsPhase: IntegrationPhase {
    public let number = 1
    public let title = "API Design & Contract Definition"
    static let file = ArtifactFile.contractsIndex

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let specs = landscape.specs
        let catalog: String
        if specs.isEmpty {
            catalog = Markdown.nothingFound("no OpenAPI, Swagger, AsyncAPI, .proto, GraphQL SDL or Pact file in the tree")
        } else {
            let rows = specs.map { spec -> [String] in
                let consumers = consumersOf(spec, in: landscape)
                return ["[`\(spec.path)`\(Markdown.rootLink)\(spec.path))", spec.format.rawValue, spec.title ?? "—", spec.version ?? "—",
                        spec.component ?? "—", consumers.isEmpty ? "—" : consumers.joined(separator: ", ")]
            }
            catalog = Markdown.table(["Contract", "Format", "Title", "Version", "Provider", "Consumers"], rows)
        }
        let providers = providerComponents(landscape)
        let uncovered = providers.filter { provider in !specs.contains { $0.component == provider } }
        let uncoveredText: String
        if uncovered.isEmpty {
            uncoveredText = providers.isEmpty ? Markdown.nothingFound("no component serves routes") : "_Every component that serves routes has a contract._"
        } else {
            uncoveredText = uncovered.map { component in
                let routes = landscape.productionPoints.filter { $0.component == component && $0.direction == .receive && $0.kind == .inboundHTTP }
                let list = routes.map { "  - `\($0.method ?? "ANY") \($0.path ?? "?")` (\(Markdown.evidence($0.evidence, limit: 1)))" }
                return (["- **\(component)**: \(routes.count) routes, no contract"] + list).joined(separator: "\n")
            }.joined(separator: "\n")
        }
        let unversioned = specs.filter { $0.format != .pact && ($0.version ?? "").isEmpty }
        let versioning = specs.isEmpty ? Markdown.nothingFound("no contract to check")
            : unversioned.isEmpty ? "_Every contract states a version._"
            : unversioned.map { "- `\($0.path)` states no version" }.joined(separator: "\n")
        result.sections = [
            Section(file: Self.file, title: "Contracts", markdown: catalog),
            Section(file: Self.file, title: "Routes Without a Contract", markdown: uncoveredText),
            Section(file: Self.file, title: "Versioning", markdown: versioning),
        ]

        if providers.isEmpty && specs.isEmpty {
            result.evaluations["p1.specs"] = Evaluation(.notStarted, "no provided API found")
        } else if uncovered.isEmpty {
            result.evaluations["p1.specs"] = Evaluation(.done, "every provider has a machine-readable contract")
        } else {
            result.evaluations["p1.specs"] = Evaluation(uncovered.count == providers.count ? .notStarted : .inProgress, "no contract for \(uncovered.joined(separator: ", "))")
        }
        result.evaluations["p1.versioning"] = specs.isEmpty ? Evaluation(.notStarted, "no contract found")
            : unversioned.isEmpty ? Evaluation(.done, "all \(specs.count) contracts carry a version")
            : Evaluation(.inProgress, "\(unversioned.count) contracts carry no version", evidence: unversioned.map { Evidence(path: $0.path, line: 1) })
        result.evaluations["p1.catalog"] = specs.isEmpty ? Evaluation(.notStarted, "no contract to collect")
            : Evaluation(.done, "\(specs.count) contracts indexed in api-contracts/README.md")
        let messaging = landscape.productionPoints.filter { $0.kind == .publish || $0.kind == .consume }
        let asyncSpecs = specs.filter { $0.format == .asyncapi }
        if messaging.isEmpty {
            result.evaluations["p1.async-contracts"] = Evaluation(.done, "no messaging in use")
        } else {
            result.evaluations["p1.async-contracts"] = asyncSpecs.isEmpty
                ? Evaluation(.notStarted, "\(messaging.count) publish/consume points and no AsyncAPI document", evidence: messaging.flatMap(\.evidence))
                : Evaluation(.inProgress, "\(asyncSpecs.count) AsyncAPI documents for \(Set(messaging.compactMap(\.topic)).count) topics; check they cover every topic")
        }
        for component in uncovered {
            result.findings.append(Finding(
                id: "contracts.missing-spec", severity: .warning, message: "component `\(component)` serves routes without a contract",
                consequence: "consumers code against behaviour nobody wrote down; breaking changes go unnoticed",
                fix: "publish an OpenAPI document for it (`integrate contracts` can draft one from the routes)",
                evidence: landscape.productionPoints.filter { $0.component == component && $0.direction == .receive }.flatMap(\.evidence)))
        }
        return result
    }

    /// Components whose outbound calls reach the spec's provider.
    func consumersOf(_ spec: APISpec, in landscape: Landscape) -> [String] {
        guard let provider = spec.component else { return [] }
        return Array(Set(landscape.edges.filter { $0.to == provider && $0.strength != .startOrder }.map(\.from))).sorted()
    }
}
