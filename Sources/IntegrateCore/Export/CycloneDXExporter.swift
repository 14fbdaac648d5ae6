import Foundation

/// CycloneDX 1.6 JSON of the landscape's services.
///
/// Every component, data store, broker and external system is a `service`: endpoints from its
/// inbound routes and hostnames (or the host the tree names), `x-trust-boundary` true only for
/// systems outside the project, `authenticated` true where the tree holds a secret for it (and
/// left out where nothing tells), `data` with the directions and kinds of data that flow, and
/// every edge as an `integrate:flow` property with its evidence. `dependencies` lists, per
/// service, what it calls; the system (`metadata.component`) depends on its own services.
///
/// No timestamp, and a serial number derived from the content: the same landscape gives the
/// same bytes.
struct CycloneDXExporter: Sendable {
    let graph: ExportGraph
    let options: ExportOptions
    /// Host -> the base URL (`scheme://host[:port]`) of the first endpoint config entry on it.
    private let endpointBases: [String: (order: Int, base: String)]
    /// Secret config entries with the words of their keys, split once.
    private let secrets: [(entry: ConfigEntry, words: [String])]

    init(graph: ExportGraph, options: ExportOptions) {
        self.graph = graph
        self.options = options
        var bases: [String: (order: Int, base: String)] = [:]
        for (order, entry) in graph.landscape.config.enumerated() where entry.kind == .endpoint {
            guard let value = entry.value, let url = URL(string: value), let host = url.host, let scheme = url.scheme,
                  ["http", "https"].contains(scheme), bases[host] == nil else { continue }
            bases[host] = (order, "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? ""))
        }
        endpointBases = bases
        secrets = graph.landscape.config.filter { $0.kind == .secret }.map { entry in
            (entry, entry.key.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
        }
    }

    func render() -> String {
        var refs = ExportNames()
        for node in graph.nodes { refs.assign(node.id, preferred: node.id) { $0 } }
        let systemRef = "system:" + options.systemName
        let services = graph.nodes.compactMap { node -> CycloneDXDocument.Service? in
            guard let ref = refs[node.id] else { return nil }
            return service(node, ref: ref)
        }
        var dependencies = [CycloneDXDocument.Dependency(
            ref: systemRef, dependsOn: graph.nodes.filter { !$0.isExternal }.compactMap { refs[$0.id] })]
        for node in graph.nodes {
            guard let ref = refs[node.id] else { continue }
            var targets: Set<String> = []
            for edge in graph.outgoing(node.id) {
                if let target = refs[edge.to], target != ref { targets.insert(target) }
            }
            dependencies.append(.init(ref: ref, dependsOn: targets.sorted()))
        }
        let content = services.map { "\($0.bomRef) \($0.description) \($0.properties?.map(\.value) ?? [])" }.joined(separator: "\n")
            + dependencies.map { "\($0.ref)>\($0.dependsOn)" }.joined()
        let document = CycloneDXDocument(
            serialNumber: Self.serialNumber(for: options.systemName + "\n" + content),
            metadata: .init(
                tools: .init(components: [.init(name: "integrate", version: IntegrateVersion.current)]),
                component: .init(bomRef: systemRef, name: options.systemName, description: "\(options.systemName) as its source tree states it")),
            services: services, dependencies: dependencies)
        return StableJSON.encode(document)
    }

    private func service(_ node: ExportGraph.Node, ref: String) -> CycloneDXDocument.Service {
        let outgoing = graph.outgoing(node.id)
        let incoming = graph.incoming(node.id)
        var flows = Set<CycloneDXDocument.DataFlow>()
        for edge in outgoing { flows.insert(.init(flow: "outbound", classification: classification(edge))) }
        for edge in incoming { flows.insert(.init(flow: "inbound", classification: classification(edge))) }
        var properties = [CycloneDXDocument.Property(name: "integrate:kind", value: node.kindDescription)]
        if !node.technology.isEmpty { properties.append(.init(name: "integrate:technology", value: node.technology)) }
        let evidence = ExportGraph.locations(node.evidence, limit: 5)
        if !evidence.isEmpty { properties.append(.init(name: "integrate:evidence", value: evidence)) }
        for edge in outgoing {
            let target = graph.node(edge.to)?.name ?? edge.to
            properties.append(.init(name: "integrate:flow", value: "outbound to \(target): \(ExportGraph.describe(edge)) at \(ExportGraph.locations(edge.evidence))"))
        }
        for edge in incoming {
            let source = graph.node(edge.from)?.name ?? edge.from
            properties.append(.init(name: "integrate:flow", value: "inbound from \(source): \(ExportGraph.describe(edge)) at \(ExportGraph.locations(edge.evidence))"))
        }
        let secrets = secretEvidence(node)
        if !secrets.isEmpty {
            properties.append(.init(name: "integrate:authenticated-evidence", value: secrets.map { "\($0.key) at \($0.evidence.location)" }.joined(separator: ", ")))
        }
        let endpoints = endpoints(node)
        return CycloneDXDocument.Service(
            bomRef: ref, group: node.isExternal ? nil : options.systemName, name: node.name,
            description: "\(node.kindDescription) `\(node.name)`" + (node.technology.isEmpty ? "" : " (\(node.technology))"),
            endpoints: endpoints.isEmpty ? nil : endpoints, authenticated: secrets.isEmpty ? nil : true,
            crossesTrustBoundary: node.isExternal,
            data: flows.isEmpty ? nil : flows.sorted { ($0.flow, $0.classification) < ($1.flow, $1.classification) },
            properties: properties)
    }

    private func classification(_ edge: Edge) -> String {
        if let topic = edge.topic { return "\(edge.protocol) messages on \(topic)" }
        if case .store = graph.node(edge.to)?.role { return "\(edge.protocol) stored data" }
        return edge.mode == .async ? "\(edge.protocol) messages" : "\(edge.protocol) requests and responses"
    }

    /// Endpoints as IRIs: a component's inbound routes on its first base URL (from config naming
    /// one of its hostnames, else `http://<hostname>`); a resource's host with its system's scheme.
    private func endpoints(_ node: ExportGraph.Node) -> [String] {
        switch node.role {
        case .component(let component):
            let base = baseURL(component)
            let routes = graph.routes(of: component.id).compactMap(\.path)
            var out: Set<String> = []
            for route in routes { out.insert((base ?? "") + Self.encodePath(DraftSpecBuilder.template(route))) }
            if out.isEmpty, let base { out.insert(base) }
            return out.sorted()
        case .store(let resource), .broker(let resource), .external(let resource):
            guard let host = resource.host, !host.isEmpty else { return [] }
            let scheme = resource.kind == .externalAPI || resource.kind == .saas ? "https" : Self.scheme(resource.system)
            return [scheme + "://" + Self.encodeHost(host)]
        }
    }

    /// The base URL of the first endpoint config entry (in config order) on one of the
    /// component's hostnames, else `http://<first hostname>`.
    private func baseURL(_ component: Component) -> String? {
        let configured = component.hostnames.compactMap { endpointBases[$0] }.min { $0.order < $1.order }
        return configured?.base ?? component.hostnames.first.map { "http://" + Self.encodeHost($0) }
    }

    /// Secret config entries naming the resource (`STRIPE_SECRET_KEY` for `stripe`): evidence
    /// that using it needs credentials. Components are never guessed at.
    private func secretEvidence(_ node: ExportGraph.Node) -> [ConfigEntry] {
        let words: Set<String>
        switch node.role {
        case .component: return []
        case .store(let resource), .broker(let resource), .external(let resource):
            words = Set([resource.system, resource.name].map { $0.lowercased() }.filter { $0.count >= 3 })
        }
        var seen = Set<String>()
        return secrets.filter { secret in
            guard secret.words.contains(where: words.contains), !seen.contains(secret.entry.evidence.location) else { return false }
            seen.insert(secret.entry.evidence.location)
            return true
        }.map(\.entry).sorted { $0.evidence < $1.evidence }
    }

    private static func scheme(_ system: String) -> String {
        let safe = system.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        guard let first = safe.first, first.isLetter else { return "tcp" }
        return safe
    }

    private static let pathAllowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")

    static func encodePath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: pathAllowed) ?? ""
    }

    private static func encodeHost(_ host: String) -> String {
        host.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:[]")) ?? ""
    }

    /// `urn:uuid:` of a version-4-shaped UUID made from two hashes of the content.
    static func serialNumber(for content: String) -> String {
        let hex = Array(ContentHash.of(content) + ContentHash.of("cyclonedx\n" + content))
        func part(_ range: Range<Int>) -> String { String(hex[range]) }
        return "urn:uuid:\(part(0..<8))-\(part(8..<12))-4\(part(13..<16))-8\(part(17..<20))-\(part(20..<32))"
    }
}
