/// The landscape as the exporters see it: every node with its role, and the edges between
/// known nodes, in the landscape's stable order.
///
/// One place decides what is a container of the system (components, data stores, brokers)
/// and what lies outside it (SaaS, external APIs), so the four formats agree.
struct ExportGraph: Sendable {
    enum Role: Sendable, Equatable {
        /// A component of the project (service, job, frontend, library).
        case component(Component)
        /// A data store, cache, search engine or object storage the system runs.
        case store(Resource)
        /// A message broker the system runs.
        case broker(Resource)
        /// A SaaS or external API outside the system: crossing to it crosses a trust boundary.
        case external(Resource)
    }

    struct Node: Sendable, Equatable {
        /// `Component.id` or `Resource.id`.
        var id: String
        var name: String
        var role: Role

        var isExternal: Bool { if case .external = role { true } else { false } }
        var evidence: [Evidence] {
            switch role {
            case .component(let component): component.evidence
            case .store(let resource), .broker(let resource), .external(let resource): resource.evidence
            }
        }
        /// The technology shown beside the name: languages for components, the system otherwise.
        var technology: String {
            switch role {
            case .component(let component): component.languages.joined(separator: ", ")
            case .store(let resource), .broker(let resource), .external(let resource): resource.system
            }
        }
        /// A short description of what the node is.
        var kindDescription: String {
            switch role {
            case .component(let component): component.kind.rawValue
            case .store(let resource): resource.kind == .database ? "database" : resource.kind.rawValue
            case .broker: "message broker"
            case .external(let resource): resource.kind == .saas ? "SaaS" : "external API"
            }
        }
    }

    let landscape: Landscape
    let nodes: [Node]
    /// Edges whose both ends are nodes.
    let edges: [Edge]
    private let byID: [String: Node]
    /// `edges` by their `from` and by their `to`, each list in `edges` order.
    private let outgoingByID: [String: [Edge]]
    private let incomingByID: [String: [Edge]]
    /// Inbound HTTP points of production code by component id, in the landscape's order.
    private let routesByComponent: [String: [IntegrationPoint]]

    init(_ landscape: Landscape) {
        self.landscape = landscape
        var nodes = landscape.components.map { Node(id: $0.id, name: $0.name, role: .component($0)) }
        for resource in landscape.resources {
            let role: Role
            switch resource.kind {
            case .broker: role = .broker(resource)
            case .saas, .externalAPI: role = .external(resource)
            case .database, .cache, .search, .objectStorage: role = .store(resource)
            }
            nodes.append(Node(id: resource.id, name: resource.name, role: role))
        }
        var byID: [String: Node] = [:]
        for node in nodes where byID[node.id] == nil { byID[node.id] = node }
        self.nodes = nodes.filter { byID[$0.id] == $0 }
        self.byID = byID
        let edges = landscape.edges.filter { byID[$0.from] != nil && byID[$0.to] != nil }
        self.edges = edges
        outgoingByID = Dictionary(grouping: edges, by: \.from)
        incomingByID = Dictionary(grouping: edges, by: \.to)
        routesByComponent = Dictionary(
            grouping: landscape.points.filter { $0.scope == .production && $0.kind == .inboundHTTP && $0.component != nil },
            by: { $0.component ?? "" })
    }

    func node(_ id: String) -> Node? { byID[id] }

    /// The edges from the node `id`, in `edges` order (one dictionary read, not a pass over all edges).
    func outgoing(_ id: String) -> [Edge] { outgoingByID[id] ?? [] }

    /// The edges to the node `id`, in `edges` order.
    func incoming(_ id: String) -> [Edge] { incomingByID[id] ?? [] }

    /// The component's inbound HTTP points in production code, in the landscape's order.
    func routes(of component: String) -> [IntegrationPoint] { routesByComponent[component] ?? [] }

    /// `orders -> inventory over http (sync, call)`: the one-line description of an edge.
    static func describe(_ edge: Edge) -> String {
        var text = edge.mode == .async ? "sends over \(edge.protocol)" : "calls over \(edge.protocol)"
        if edge.strength == .startOrder { text = "starts after (\(edge.protocol))" }
        if let topic = edge.topic { text += " \(topic)" }
        return text + " (\(edge.mode.rawValue), \(edge.strength.rawValue))"
    }

    /// The first few evidence locations, `a.py:3, b.py:9 +2`.
    static func locations(_ evidence: [Evidence], limit: Int = 3) -> String {
        let sorted = evidence.sorted()
        let shown = sorted.prefix(limit).map(\.location).joined(separator: ", ")
        return sorted.count > limit ? shown + " +\(sorted.count - limit)" : shown
    }
}
