import Foundation

/// Merges the landscapes of many repositories into one, a file at a time (`add`), so memory
/// holds the merged result and one input, never every input.
///
/// - Components stay per repository: ids, point ids and evidence paths get the repository as
///   prefix (`orders/api`, `orders/src/app.js:12`). Their hostnames stay as deployed, because
///   other repositories call them by those names.
/// - Data stores, brokers and external systems are shared by id across repositories; a
///   duplicate merges its users and all its evidence. Duplicate edges merge the same way.
/// - Cross-repository edges (`finish`): an outbound call no repository resolved, or one
///   resolved to an external API, is matched by host against the hostnames (compose and
///   Kubernetes Service names, component ids) of the other repositories' components, and by host
///   and path prefix against the servers their API specs name (`SpecServers`); producers and consumers
///   of one topic in different repositories are linked through the topic. A name two other
///   repositories both claim is ambiguous: it is left unresolved and noted.
public struct LandscapeMerger: Sendable {
    public struct Summary: Sendable, Codable, Equatable {
        public var repositories: Int = 0
        public var components: Int = 0
        public var edges: Int = 0
        public var crossRepositoryEdges: Int = 0
        public var notes: [String] = []
    }

    private struct EdgeKey: Hashable {
        var from: String, to: String, `protocol`: String, mode: IntegrationPoint.Mode, topic: String?
        init(_ edge: Edge) {
            (from, to, self.protocol, mode, topic) = (edge.from, edge.to, edge.protocol, edge.mode, edge.topic)
        }
    }

    private struct Pending: Sendable {
        var repository: String
        var point: Int
    }

    private var landscape = Landscape()
    private var repositories: [String] = []
    private var componentRepository: [String: String] = [:]
    private var edgeIndex: [EdgeKey: Int] = [:]
    private var resourceIndex: [String: Int] = [:]
    /// Outbound points their repository left without an edge, by index into `landscape.points`.
    private var pending: [Pending] = []
    /// Topic -> publishing and consuming points (index into `landscape.points`).
    private var publishers: [String: [Int]] = [:]
    private var consumers: [String: [Int]] = [:]
    private var notes: [String] = []

    public init() {}

    /// Folds one repository's landscape in. A repository given twice is merged once more under
    /// a numbered name (`orders-2`), never silently dropped.
    public mutating func add(_ file: LandscapeFile) {
        var repository = file.repository.isEmpty ? "repository" : file.repository
        if repositories.contains(repository) {
            var number = 2
            while repositories.contains("\(repository)-\(number)") { number += 1 }
            notes.append("two landscapes are named `\(repository)`: the second is `\(repository)-\(number)`")
            repository += "-\(number)"
        }
        repositories.append(repository)
        let source = file.landscape
        let own = Set(source.components.map(\.id))
        func node(_ id: String) -> String { own.contains(id) ? "\(repository)/\(id)" : id }
        func component(_ id: String?) -> String? { id.map { own.contains($0) ? "\(repository)/\($0)" : $0 } }
        func evidence(_ list: [Evidence]) -> [Evidence] {
            list.map { Evidence(path: "\(repository)/\($0.path)", line: $0.line, column: $0.column, snippet: $0.snippet) }
        }

        for var item in source.components {
            item.id = "\(repository)/\(item.id)"
            item.path = item.path.map { $0.isEmpty ? repository : "\(repository)/\($0)" }
            item.manifests = item.manifests.map { "\(repository)/\($0)" }
            item.evidence = evidence(item.evidence)
            item.uses = item.uses?.map(node)
            componentRepository[item.id] = repository
            landscape.components.append(item)
        }
        for var resource in source.resources {
            resource.usedBy = resource.usedBy.map(node)
            resource.evidence = evidence(resource.evidence)
            if let index = resourceIndex[resource.id] {
                var merged = landscape.resources[index]
                merged.usedBy = Array(Set(merged.usedBy).union(resource.usedBy)).sorted()
                merged.evidence = Array(Set(merged.evidence).union(resource.evidence)).sorted()
                merged.host = merged.host ?? resource.host
                landscape.resources[index] = merged
            } else {
                resourceIndex[resource.id] = landscape.resources.count
                landscape.resources.append(resource)
            }
        }
        let resolvedPoints = Set(source.edges.flatMap(\.points))
        for var point in source.points {
            let original = point.id
            point.id = "\(repository)/\(point.id)"
            point.component = component(point.component)
            point.evidence = evidence(point.evidence)
            let index = landscape.points.count
            landscape.points.append(point)
            if let topic = point.topic, point.scope == .production {
                if point.kind == .publish { publishers[topic, default: []].append(index) }
                if point.kind == .consume { consumers[topic, default: []].append(index) }
            }
            if point.isOutbound, point.scope == .production, point.target != nil, point.component != nil, !resolvedPoints.contains(original) {
                pending.append(Pending(repository: repository, point: index))
            }
        }
        for var edge in source.edges {
            edge.from = node(edge.from)
            edge.to = node(edge.to)
            edge.points = edge.points.map { "\(repository)/\($0)" }
            edge.evidence = evidence(edge.evidence)
            insert(edge)
        }
        for var spec in source.specs {
            spec.path = "\(repository)/\(spec.path)"
            spec.component = component(spec.component)
            landscape.specs.append(spec)
        }
        for var entry in source.config {
            entry.component = component(entry.component)
            entry.evidence = evidence([entry.evidence])[0]
            landscape.config.append(entry)
        }
        for var fact in source.setup {
            fact.component = component(fact.component)
            landscape.setup.append(fact)
        }
        landscape.unresolved += source.unresolved.map { "\(repository): \($0)" }
        landscape.languages.merge(source.languages, uniquingKeysWith: +)
    }

    private mutating func insert(_ edge: Edge) {
        let key = EdgeKey(edge)
        guard let index = edgeIndex[key] else {
            edgeIndex[key] = landscape.edges.count
            landscape.edges.append(edge)
            return
        }
        var merged = landscape.edges[index]
        merged.points = Array(Set(merged.points).union(edge.points)).sorted()
        merged.evidence = Array(Set(merged.evidence).union(edge.evidence)).sorted()
        let strengths = Edge.Strength.allCases
        if let new = strengths.firstIndex(of: edge.strength), let old = strengths.firstIndex(of: merged.strength), new < old {
            merged.strength = edge.strength
        }
        landscape.edges[index] = merged
    }

    /// Resolves the cross-repository edges and returns the whole, stably ordered.
    public consuming func finish() -> (landscape: Landscape, summary: Summary) {
        let hosts = CrossRepositoryHosts(components: landscape.components, repositoryOf: componentRepository)
        let servers = SpecServers(specs: landscape.specs, points: landscape.points, repositoryOf: componentRepository)
        var cross = 0
        var resolvedTargets: Set<String> = []
        // 1. Calls no repository resolved: by another repository's spec server, else by host.
        for item in pending {
            let point = landscape.points[item.point]
            guard let from = point.component, let target = point.target else { continue }
            guard let to = servers.component(for: target, notIn: item.repository, notes: &notes)
                ?? hosts.component(for: TargetExpression(target).hosts, notIn: item.repository, notes: &notes)
            else { continue }
            insert(Edge(from: from, to: to, protocol: point.protocol, mode: point.mode, strength: .call, points: [point.id], evidence: point.evidence))
            resolvedTargets.insert("\(item.repository): \(target)")
            cross += 1
        }
        // 2. Calls resolved to an external API that is another repository's component.
        var redirected: Set<String> = []
        let externals = Dictionary(landscape.resources.filter { $0.kind == .externalAPI }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [Edge] = []
        var moved: [Edge] = []
        let targets = servers.isEmpty || externals.isEmpty ? [:] : Dictionary(
            landscape.points.compactMap { point in point.target.map { (point.id, $0) } }, uniquingKeysWith: { first, _ in first })
        for edge in landscape.edges {
            guard let external = externals[edge.to], let repository = componentRepository[edge.from] else { kept.append(edge); continue }
            var served: String?
            for point in edge.points where served == nil {
                if let target = targets[point] { served = servers.component(for: target, notIn: repository, notes: &notes) }
            }
            guard let to = served ?? hosts.component(for: [external.host, external.name, external.id].compactMap { $0?.lowercased() }, notIn: repository, notes: &notes)
            else { kept.append(edge); continue }
            var edge = edge
            edge.to = to
            moved.append(edge)
            redirected.insert(external.id)
        }
        landscape.edges = kept
        edgeIndex = Dictionary(kept.enumerated().map { (EdgeKey($0.element), $0.offset) }, uniquingKeysWith: { first, _ in first })
        for edge in moved { insert(edge) }
        cross += moved.count
        let stillUsed = Set(landscape.edges.flatMap { [$0.from, $0.to] })
        landscape.resources.removeAll { redirected.contains($0.id) && !stillUsed.contains($0.id) }
        // 3. One topic, producer and consumer in different repositories.
        for topic in publishers.keys.sorted() {
            for publisher in publishers[topic] ?? [] {
                let produce = landscape.points[publisher]
                guard let from = produce.component, let fromRepository = componentRepository[from] else { continue }
                for consumer in consumers[topic] ?? [] {
                    let consume = landscape.points[consumer]
                    guard let to = consume.component, let toRepository = componentRepository[to], toRepository != fromRepository else { continue }
                    insert(Edge(from: from, to: to, protocol: produce.protocol, mode: .async, strength: .messaging, topic: topic,
                                points: [produce.id, consume.id], evidence: produce.evidence + consume.evidence))
                    cross += 1
                }
            }
        }
        landscape.unresolved.removeAll { resolvedTargets.contains($0) }
        landscape.components.sort { $0.id < $1.id }
        landscape.points.sort { $0.id < $1.id }
        landscape.resources.sort { $0.id < $1.id }
        landscape.edges.sort { ($0.from, $0.to, $0.protocol, $0.topic ?? "") < ($1.from, $1.to, $1.protocol, $1.topic ?? "") }
        landscape.specs.sort { $0.path < $1.path }
        landscape.unresolved = Array(Set(landscape.unresolved)).sorted()
        let summary = Summary(
            repositories: repositories.count, components: landscape.components.count, edges: landscape.edges.count,
            crossRepositoryEdges: cross, notes: Array(Set(notes)).sorted())
        return (landscape, summary)
    }
}
