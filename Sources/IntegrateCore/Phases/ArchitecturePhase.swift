/// Phase 0, Integration Planning & Architecture: the landscape as the tree states it.
public struct ArchitecturePhase: IntegrationPhase {
    public let number = 0
    public let title = "Integration Planning & Architecture"
    static let file = ArtifactFile.architecture

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        result.sections = [
            principles(context),
            Section(file: Self.file, title: "System Landscape", markdown: systemLandscape(landscape)),
            Section(file: Self.file, title: "Components", markdown: components(landscape)),
            Section(file: Self.file, title: "Integration Points", markdown: points(landscape)),
            Section(file: Self.file, title: "Data Flows", markdown: dataFlows(landscape)),
            Section(file: Self.file, title: "Longest Synchronous Flow", markdown: longestFlow(landscape, sync: context.facts.syncChains)),
            Section(file: Self.file, title: "Inbound Interfaces", markdown: InboundInterfaces(landscape, apis: context.facts.catalog.apis).markdown),
            Section(file: Self.file, title: "Data Stores, Brokers and External Systems", markdown: resources(landscape)),
            Section(file: Self.file, title: "Open Questions", markdown: openQuestions(context)),
        ]
        result.evaluations = evaluate(landscape, facts: context.facts, unread: UnreadFiles(context.diagnostics))
        result.findings = context.diagnostics.filter { $0.severity != .note }.map { diagnostic in
            Finding(id: "scan.diagnostic", severity: diagnostic.severity == .error ? .error : .warning, message: diagnostic.message,
                    evidence: diagnostic.path.map { [Evidence(path: $0, line: diagnostic.line ?? 1)] } ?? [])
        }
        return result
    }

    func principles(_ context: PhaseContext) -> Section {
        let list = context.principles.isEmpty
            ? "_The framework prompt states no principles section._"
            : context.principles.enumerated().map { "\($0.offset + 1). **\($0.element.name)**" + ($0.element.detail.isEmpty ? "" : ": \($0.element.detail)") }.joined(separator: "\n")
        return Section(file: Self.file, title: "Principles", markdown: list)
    }

    func systemLandscape(_ landscape: Landscape) -> String {
        guard !landscape.components.isEmpty || !landscape.resources.isEmpty else {
            return Markdown.nothingFound("no components, data stores, brokers or external systems were found in the tree")
        }
        let sync = landscape.edges.filter { $0.mode == .sync && $0.strength != .startOrder }.count
        let async = landscape.edges.filter { $0.mode == .async }.count
        let summary = "\(landscape.components.count) components, \(landscape.dataStores.count) data stores, "
            + "\(landscape.brokers.count) brokers, \(landscape.externals.count) external systems; "
            + "\(landscape.edges.count) links (\(sync) synchronous, \(async) asynchronous)."
        return summary + "\n\n```mermaid\n" + LandscapeDiagram.mermaid(landscape) + "\n```\n\nGraphviz: [`landscape.dot`](landscape.dot)"
    }

    func components(_ landscape: Landscape) -> String {
        guard !landscape.components.isEmpty else { return Markdown.nothingFound("no folder with its own manifest or Dockerfile, and no compose or Kubernetes service") }
        // Grouped once: a merged landscape has tens of thousands of components and points.
        let pointsByComponent = Dictionary(grouping: landscape.productionPoints) { $0.component ?? "" }
        let rows = landscape.components.map { component -> [String] in
            let points = pointsByComponent[component.id] ?? []
            let inbound = points.filter { $0.direction == .receive }.count
            return [
                "**\(component.name)**", component.kind.rawValue, Markdown.code(component.path.map { $0.isEmpty ? "." : $0 }),
                component.languages.joined(separator: ", ").ifEmpty("—"), component.manifests.map { "`\($0)`" }.joined(separator: ", ").ifEmpty("—"),
                "\(inbound) in / \(points.count - inbound) out", Markdown.evidence(component.evidence, limit: 2),
            ]
        }
        return Markdown.table(["Component", "Kind", "Path", "Languages", "Manifests", "Points", "Evidence"], rows)
    }

    func points(_ landscape: Landscape) -> String {
        let production = landscape.productionPoints
        guard !production.isEmpty else { return Markdown.nothingFound("no inbound routes, outbound calls, messaging or store access were detected in source") }
        let rows = production.map { point -> [String] in
            let what = [point.method, point.path ?? point.topic ?? point.target].compactMap { $0 }.joined(separator: " ")
            return [point.component ?? "—", point.kind.rawValue, point.technology, point.mode.rawValue, Markdown.code(what), Markdown.evidence(point.evidence, limit: 1)]
        }
        let tests = landscape.points.count - production.count
        let note = tests > 0 ? "\n\n\(tests) more points in tests, fixtures and examples are kept apart (see `testing-strategy.md`)." : ""
        return Markdown.table(["Component", "Kind", "Technology", "Mode", "Target / route", "Evidence"], rows) + note
    }

    func dataFlows(_ landscape: Landscape) -> String {
        let flows = landscape.edges.filter { $0.strength != .startOrder }
        guard !flows.isEmpty else { return Markdown.nothingFound("no call, message or store link was resolved between nodes") }
        // Names by id, looked up once each: a merged landscape has tens of thousands of nodes.
        var names: [String: String] = [:]
        for resource in landscape.resources.reversed() { names[resource.id] = resource.name }
        for component in landscape.components.reversed() { names[component.id] = component.name }
        let name = { (id: String) in names[id] ?? id }
        let rows = flows.map { edge in
            [name(edge.from), name(edge.to), edge.protocol, edge.mode.rawValue, edge.strength.rawValue, Markdown.code(edge.topic), Markdown.evidence(edge.evidence, limit: 2)]
        }
        let sync = flows.filter { $0.mode == .sync }.count
        let header = "\(sync) synchronous and \(flows.count - sync) asynchronous flows. A synchronous flow couples the caller's availability to the callee's; prefer messaging where the caller does not need the answer to continue."
        return header + "\n\n" + Markdown.table(["From", "To", "Protocol", "Mode", "Seen as", "Topic", "Evidence"], rows)
    }

    /// The longest synchronous chain from an entry point as a sequence diagram.
    func longestFlow(_ landscape: Landscape, sync: SyncChains) -> String {
        guard let chain = sync.chains.first else { return Markdown.nothingFound("no synchronous call between components") }
        let diagram = SequenceDiagram(chain, edges: sync.edges, points: landscape.points)
        let start = sync.startsUnclassified
            ? "No component was shown to be an entry point, so the flow starts at `\(chain.nodes[0])`, which nothing in the tree calls."
            : "The flow starts at `\(chain.nodes[0])`: \(chain.start)."
        return "\(start) \(chain.nodes.count - 1) synchronous hops; each waits for the next to answer (see `performance-optimization.md` for the timeouts).\n\n```mermaid\n\(diagram.mermaid)\n```"
    }

    func resources(_ landscape: Landscape) -> String {
        guard !landscape.resources.isEmpty else { return Markdown.nothingFound("no database, cache, broker or third-party system is named in code, dependencies or deployment config") }
        let rows = landscape.resources.map {
            [$0.name, $0.kind.rawValue, $0.system, $0.usedBy.joined(separator: ", ").ifEmpty("—"), Markdown.evidence($0.evidence, limit: 2)]
        }
        return Markdown.table(["Name", "Kind", "System", "Used by", "Evidence"], rows)
    }

    func openQuestions(_ context: PhaseContext) -> String {
        var lines: [String] = []
        let unresolvedIDs = Set(context.landscape.unresolved)
        let unresolved = context.landscape.productionPoints.filter { unresolvedIDs.contains($0.id) }
        for point in unresolved {
            lines.append("- outbound \(point.technology) call in `\(point.component ?? "?")` to \(Markdown.code(point.target)) could not be resolved to a known system (\(Markdown.evidence(point.evidence, limit: 1)))")
        }
        for diagnostic in context.diagnostics where diagnostic.severity != .note {
            lines.append("- \(diagnostic.severity.rawValue): \(diagnostic.message)" + (diagnostic.path.map { " (`\($0)\(diagnostic.line.map { ":\($0)" } ?? "")`)" } ?? ""))
        }
        return lines.isEmpty ? "_None: every outbound target was resolved and the scan met no problems._" : lines.joined(separator: "\n")
    }

    func evaluate(_ landscape: Landscape, facts: IntegrationFacts, unread: UnreadFiles = UnreadFiles([])) -> [String: Evaluation] {
        var result: [String: Evaluation] = [:]
        let production = landscape.productionPoints
        let found = landscape.components.count + production.count + landscape.resources.count
        let outboundPoints = facts.outboundPoints
        let unresolvedIDs = Set(landscape.unresolved)
        let everyTargetUnresolved = !outboundPoints.isEmpty && outboundPoints.allSatisfy { unresolvedIDs.contains($0.id) }
        if !landscape.components.isEmpty && everyTargetUnresolved && landscape.resources.isEmpty {
            // Points were seen but none leads anywhere: the map has nodes and no links, which
            // is no map of the landscape yet.
            result["p0.landscape"] = Evaluation(.inProgress, "\(landscape.components.count) components and \(production.count) integration points found, but the targets of all \(outboundPoints.count) outbound points are unresolved and no data store, broker or external system was found", evidence: outboundPoints.flatMap(\.evidence))
        } else if !landscape.components.isEmpty && (!production.isEmpty || !landscape.resources.isEmpty) && !unread.isEmpty {
            result["p0.landscape"] = Evaluation(.inProgress, "mapped \(landscape.components.count) components, \(production.count) integration points and \(landscape.resources.count) stores, brokers and external systems, but \(unread.locations.count) files could not be read: \(unread.named)", evidence: unread.locations)
        } else if !landscape.components.isEmpty && (!production.isEmpty || !landscape.resources.isEmpty) {
            result["p0.landscape"] = Evaluation(.done, "mapped \(landscape.components.count) components, \(production.count) integration points and \(landscape.resources.count) stores, brokers and external systems")
        } else if found > 0 {
            result["p0.landscape"] = Evaluation(.inProgress, "partial map: \(landscape.components.count) components, \(production.count) integration points")
        } else {
            result["p0.landscape"] = Evaluation(.notStarted, "nothing found in the tree")
        }
        let outbound = facts.outboundPoints
        let unresolved = outbound.filter { unresolvedIDs.contains($0.id) }
        if outbound.isEmpty {
            result["p0.targets-resolved"] = Evaluation(.notStarted, "no outbound calls found")
        } else if unresolved.isEmpty {
            result["p0.targets-resolved"] = Evaluation(.done, "all \(outbound.count) outbound points resolved")
        } else {
            result["p0.targets-resolved"] = Evaluation(.inProgress, "\(unresolved.count) of \(outbound.count) outbound points have a target that could not be resolved", evidence: unresolved.flatMap(\.evidence))
        }
        let flows = landscape.edges.filter { $0.strength != .startOrder }
        result["p0.data-flows"] = flows.isEmpty
            ? Evaluation(.notStarted, "no flows resolved yet")
            : Evaluation(.inProgress, "\(flows.count) flows mapped with their sync/async mode; record the requirement behind each")
        let technologies = Set(production.map(\.technology)).union(landscape.resources.map(\.system))
        result["p0.patterns"] = technologies.isEmpty
            ? Evaluation(.notStarted, "no integration technology found")
            : Evaluation(.inProgress, "\(technologies.count) technologies inventoried (\(technologies.sorted().prefix(6).joined(separator: ", "))); record why each was chosen")
        let providers = providerComponents(landscape)
        let specified = Set(landscape.specs.compactMap(\.component))
        let covered = providers.filter(specified.contains)
        if providers.isEmpty {
            result["p0.contracts"] = landscape.specs.isEmpty
                ? Evaluation(.notStarted, "no provided API and no specification found")
                : Evaluation(.done, "\(landscape.specs.count) specifications found")
        } else if covered.count == providers.count {
            result["p0.contracts"] = Evaluation(.done, "every provider (\(providers.count)) has a specification")
        } else {
            let missing = providers.filter { !specified.contains($0) }
            result["p0.contracts"] = Evaluation(covered.isEmpty ? .notStarted : .inProgress, "no specification for \(missing.joined(separator: ", "))")
        }
        result["p0.resilience-plan"] = facts.outboundCalls.isEmpty
            ? Evaluation(.notStarted, "no outbound call found to plan for")
            : Evaluation(.inProgress, "error-handling.md lists \(facts.outboundDependencies.count) outbound dependencies of \(facts.outboundCalls.count) outbound calls; confirm the policies")
        let testPoints = landscape.points.filter { $0.scope == .test }
        let pacts = landscape.specs.filter { $0.format == .pact }
        if !pacts.isEmpty {
            result["p0.testing-strategy"] = Evaluation(.done, "contract testing present: \(pacts.count) Pact files; \(testPoints.count) integration points exercised in tests", evidence: facts.contractTesting)
        } else if !facts.contractTesting.isEmpty {
            // A contract-testing dependency is a start, not a strategy: no contract file shows it is used.
            result["p0.testing-strategy"] = Evaluation(.inProgress, "contract testing present (\(facts.contractTesting.count) contract-testing dependencies, no Pact file); \(testPoints.count) integration points exercised in tests", evidence: facts.contractTesting)
        } else if !testPoints.isEmpty {
            result["p0.testing-strategy"] = Evaluation(.inProgress, "\(testPoints.count) integration points exercised in tests; no contract tests", evidence: testPoints.flatMap(\.evidence))
        } else {
            result["p0.testing-strategy"] = Evaluation(.notStarted, "no integration test or contract file found")
        }
        return result
    }
}

/// Components that serve an API (HTTP, gRPC or GraphQL).
func providerComponents(_ landscape: Landscape) -> [String] {
    let kinds: Set<IntegrationPoint.Kind> = [.inboundHTTP, .grpcServer, .graphqlServer]
    return Array(Set(landscape.productionPoints.filter { kinds.contains($0.kind) }.compactMap(\.component))).sorted()
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
