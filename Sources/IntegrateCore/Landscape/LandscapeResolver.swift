import Foundation

/// Joins structural facts and raw source points into one landscape: assigns points to
/// components, resolves targets into edges, and keeps unresolved targets visible.
///
/// A target resolves through, in order: the env/config keys it names (to their value in the
/// component's config, then the host in that value); the URL, `host:port` or hostname it
/// holds (a compose service, Kubernetes Service, component or resource); the only resource of
/// the point's system (stores, caches, brokers); a known SaaS host or another external host.
/// Publishers and consumers of one topic are linked across components.
public struct LandscapeResolver: Sendable {
    public init() {}

    public func resolve(facts: StructuralFacts, source: SourceScanResult) -> Landscape {
        var state = Resolution(facts: facts)
        state.index(source.bindings)
        let assigned = source.points.map { point -> IntegrationPoint in
            var point = point
            if point.component == nil, let path = point.evidence.first?.path { point.component = state.owner(of: path) }
            if let topic = state.boundTopic(of: point) { point.topic = topic }
            return point
        }.sorted { ($0.evidence.first?.path ?? "", $0.evidence.first?.line ?? 0, $0.id) < ($1.evidence.first?.path ?? "", $1.evidence.first?.line ?? 0, $1.id) }
        let points = LibraryPassThrough(components: facts.components).adoptingBrokers(assigned)

        state.index(typedClients: points)
        var unresolved: [String] = []
        for point in points where point.isOutbound && point.scope == .production && point.kind != .publish {
            if !state.resolveCall(point) { unresolved.append(point.id) }
        }
        unresolved += state.resolveMessaging(points.filter { $0.scope == .production })
        state.linkConsumersToBrokers(points.filter { $0.scope == .production })
        state.addConfigEdges()
        state.addDependencyEdges()
        for edge in facts.edges { state.edges.add(edge) }

        let resourceIDs = Set(state.resources.map(\.id))
        let storeIDs = Set(state.resources.filter { $0.kind.isDataStore }.map(\.id))
        var edges = LibraryPassThrough(components: facts.components).apply(
            state.edges.result(resources: resourceIDs), resources: resourceIDs, storeIDs: storeIDs)
        var resources = state.resources
        edges = CoarseCloudEdges(resources: resources).pruning(edges)
        let namedPoints = Self.namingGenericStores(points, edges: &edges, resources: resources)
        for index in resources.indices {
            let users = edges.filter { $0.to == resources[index].id && state.isComponent($0.from) }.map(\.from)
            resources[index].usedBy = Array(Set(resources[index].usedBy + users)).sorted()
        }
        return Landscape(
            components: facts.components.sorted { $0.id < $1.id }, points: namedPoints, edges: edges,
            resources: resources.sorted { $0.id < $1.id }, specs: facts.specs.sorted { $0.path < $1.path },
            config: facts.config, unresolved: Array(Set(unresolved)).sorted(), languages: source.languages)
    }
}

extension LandscapeResolver {
    /// A driver that only says "SQL" (SQLAlchemy on a URL from a variable: `other_sql`) takes the
    /// system of the store it resolved to, on the point and on its edge.
    static func namingGenericStores(_ points: [IntegrationPoint], edges: inout [Edge], resources: [Resource]) -> [IntegrationPoint] {
        points.map { point in
            guard point.technology == "other_sql",
                  let index = edges.firstIndex(where: { $0.points.contains(point.id) }),
                  let store = resources.first(where: { $0.id == edges[index].to }) else { return point }
            var named = point
            named.technology = store.system
            if named.protocol == "other_sql" { named.protocol = store.system }
            if edges[index].protocol == "other_sql" { edges[index].protocol = store.system }
            return named
        }
    }
}

/// The working state of one resolution.
private struct Resolution {
    let components: [Component]
    let config: [ConfigEntry]
    var resources: [Resource]
    var hosts: HostIndex
    var edges = EdgeCollector()
    /// Per component, what its files bind names to (`SourceBinding`), in path order.
    var componentBindings: [String: [String: [String]]] = [:]
    /// The config keys each resolved call reads (normalised), by point id.
    var keysRead: [String: Set<String>] = [:]

    /// Config entries by normalised key and by normalised last segment, in config order.
    let configByKey: [String: [ConfigEntry]]

    init(facts: StructuralFacts) {
        components = facts.components
        config = facts.config
        var byKey: [String: [ConfigEntry]] = [:]
        for entry in facts.config {
            let whole = TargetExpression.normalizedKey(entry.key)
            let last = TargetExpression.normalizedKey(TargetExpression.lastSegment(entry.key))
            byKey[whole, default: []].append(entry)
            if last != whole { byKey[last, default: []].append(entry) }
        }
        configByKey = byKey
        resources = facts.resources
        hosts = HostIndex(components: facts.components, resources: facts.resources)
        publishedPorts = facts.publishedPorts
    }

    /// Host ports published by compose services, to their nodes.
    let publishedPorts: [Int: String]

    /// The node publishing the port of a docker-host URL (`http://host.docker.internal:5105`):
    /// from inside a container, the host's published port is that service.
    func nodeThroughPublishedPort(_ text: String, component: String?) -> String? {
        // Every target that does not resolve by host comes here: skip the pattern when it cannot match.
        guard !publishedPorts.isEmpty, text.range(of: ".internal", options: .caseInsensitive) != nil || text.range(of: ".localhost", options: .caseInsensitive) != nil
        else { return nil }
        for match in TargetExpression.matches(Self.dockerHostPort, in: text) {
            if let port = Int(match[1]), let node = publishedPorts[port], node != component,
               isComponent(node) || resources.contains(where: { $0.id == node }) { return node }
        }
        return nil
    }

    static let dockerHostPort =
        #"(?i)\b(?:host\.docker\.internal|gateway\.docker\.internal|host\.containers\.internal|docker\.for\.(?:mac|win)\.localhost):([0-9]{2,5})\b"#

    mutating func index(_ bindings: [SourceBinding]) {
        for binding in bindings.sorted(by: { ($0.path, $0.name) < ($1.path, $1.name) }) {
            guard let component = owner(of: binding.path) else { continue }
            componentBindings[component, default: [:]][binding.name, default: []] += binding.values
        }
    }

    /// The node reached through what other files of the component bind the point's names to,
    /// or the arguments its class is constructed with there (`new CartClient(CART_URL)` for a
    /// call in `CartClient.java` on a constructor parameter).
    mutating func nodeThroughComponent(_ point: IntegrationPoint, component: String) -> String? {
        guard let bound = componentBindings[component], let target = point.target else { return nil }
        var names = ([target] + (point.bindings ?? [])).flatMap(TargetBindings.names)
        if let file = point.evidence.first?.path.split(separator: "/").last, let stem = file.split(separator: ".").first {
            names.append("new " + stem)
        }
        for name in names where !TargetBindings.ignoredNames.contains(name) {
            for value in bound[name] ?? [] {
                if let node = node(for: value, component: component) { return node }
            }
        }
        return nil
    }

    /// Typed-client registrations (`AddHttpClient<IOrders, OrdersClient>(c => c.BaseAddress = …)`)
    /// of each component, with the class names the registration line names.
    var typedClients: [String: [(classes: [String], point: IntegrationPoint)]] = [:]

    mutating func index(typedClients points: [IntegrationPoint]) {
        for point in points where point.rule == "csharp.http.typed-client" {
            guard let component = point.component, let snippet = point.evidence.first?.snippet,
                  let generic = TargetExpression.matches(#"AddHttpClient<([^>]+)>"#, in: snippet).first?[1] else { continue }
            let classes = generic.split(separator: ",").map { String($0.split(separator: ".").last ?? $0).trimmingCharacters(in: .whitespaces) }
            typedClients[component, default: []].append((classes, point))
        }
    }

    /// The base address of the typed client whose class lives in the call's file (`OrdersClient.cs`).
    mutating func nodeThroughTypedClient(_ point: IntegrationPoint, component: String) -> String? {
        guard let file = point.evidence.first?.path.split(separator: "/").last,
              let stem = file.split(separator: ".").first.map(String.init) else { return nil }
        for registration in typedClients[component] ?? [] where registration.classes.contains(stem) {
            if let target = registration.point.target,
               let node = node(for: target, bindings: registration.point.bindings, component: component) { return node }
        }
        return nil
    }

    func isComponent(_ id: String) -> Bool { components.contains { $0.id == id } }

    func owner(of path: String) -> String? {
        ProjectFiles.owner(of: path, in: components)
    }

    /// Config values a component sees for `key`: its own first, then project-wide ones. Keys
    /// compare across spellings (`IdentityUrl` ~ `identityUrl`, `urls:grpcBasket` ~
    /// `urls__grpcBasket` ~ `GrpcBasket` as the last segment).
    func configValues(_ key: String, component: String?, endpointsOnly: Bool = true) -> [String] {
        let wanted = TargetExpression.normalizedKey(key)
        guard !wanted.isEmpty else { return [] }
        let matching = (configByKey[wanted] ?? []).filter { !endpointsOnly || $0.kind == .endpoint }
        let own = matching.filter { $0.component == component && component != nil }
        let shared = matching.filter { $0.component == nil }
        return (own + shared).compactMap(\.value)
    }

    /// The value of a topic held in a variable: the config value of the key it reads, the
    /// literal fallback next to the read, or the literal it was assigned; `nil` when none.
    func boundTopic(of point: IntegrationPoint) -> String? {
        for expression in point.topicBindings ?? [] {
            let bound = TargetExpression(expression)
            for key in bound.keyReferences {
                if let value = configValues(key, component: point.component, endpointsOnly: false).first { return value }
            }
            if let fallback = bound.defaults.first { return fallback }
            let literal = expression.trimmingCharacters(in: .whitespaces)
            if literal.range(of: #"^(?:"[^"{}$]+"|'[^'{}$]+'|`[^`{}$]+`)$"#, options: .regularExpression) != nil {
                return String(literal.dropFirst().dropLast())
            }
        }
        return nil
    }

    /// The node a target names, seen from `component`: the target itself first, then what its
    /// names are bound to in the same file (`bindings`), in order.
    mutating func node(for target: String, bindings: [String]?, component: String?) -> String? {
        for expression in [target] + (bindings ?? []) {
            if let node = node(for: expression, component: component) { return node }
        }
        return nil
    }

    /// The node a target expression names, seen from `component`: the config keys it reads (their
    /// values in the component's config), the literal fallback written next to the read, then the
    /// hosts it names. A docker-host URL reaches the service publishing its port only for a
    /// call (`viaPublishedPorts`): a setting alone that holds one is usually an address handed to
    /// browsers (a redirect or public base URL), not a connection the component makes.
    mutating func node(for target: String, component: String?, viaPublishedPorts: Bool = true) -> String? {
        let expression = TargetExpression(target)
        for key in expression.keyReferences {
            for value in configValues(key, component: component) {
                let valueExpression = TargetExpression(value)
                let hosts = valueExpression.hosts + valueExpression.defaults.flatMap { TargetExpression($0).hosts }
                if let node = node(forHosts: hosts, external: hosts, component: component)
                    ?? (viaPublishedPorts ? nodeThroughPublishedPort(value, component: component) : nil) { return node }
            }
        }
        for fallback in expression.defaults {
            let hosts = TargetExpression(fallback).hosts
            if let node = node(forHosts: hosts, external: hosts, component: component) { return node }
        }
        return node(forHosts: expression.hosts, external: expression.explicitHosts, component: component)
            ?? (viaPublishedPorts ? nodeThroughPublishedPort(target, component: component) : nil)
    }

    /// The node named by one of `hosts`; failing that, an external system for one of
    /// `external` (hosts named for sure, so a code expression never becomes an API).
    private mutating func node(forHosts hosts: [String], external: [String], component: String?) -> String? {
        for host in hosts {
            if let node = self.hosts.node(host), node != component { return node }
        }
        for host in external where host.contains(".") && !KnownHosts.isLocal(host) && host.first?.isNumber == false
            && !KnownHosts.isCodeExpression(host) {
            if let vendor = KnownHosts.vendor(of: host) { return resource(id: "saas:\(vendor)", kind: .saas, system: vendor, name: vendor) }
            return resource(id: "external:\(host)", kind: .externalAPI, system: "http", name: host, host: host)
        }
        return nil
    }

    private mutating func resource(id: String, kind: Resource.Kind, system: String, name: String, host: String? = nil) -> String {
        if !resources.contains(where: { $0.id == id }) {
            resources.append(Resource(id: id, kind: kind, system: system, name: name, host: host))
        }
        return id
    }

    /// The only resource of `system`, when exactly one exists.
    func onlyResource(of system: String) -> String? {
        let matching = resources.filter { $0.system == system }
        return matching.count == 1 ? matching[0].id : nil
    }

    /// A relative HTTP call (`"rates?order=1"` on a client whose base address is set
    /// elsewhere) goes to the component's HTTP endpoint when its own config holds exactly one.
    mutating func onlyHTTPEndpoint(of component: String) -> String? {
        let urls = Set(config.filter { $0.component == component && $0.kind == .endpoint }.compactMap(\.value).filter {
            $0.hasPrefix("http://") || $0.hasPrefix("https://")
        })
        guard urls.count == 1, let url = urls.first else { return nil }
        return node(for: url, component: component)
    }

    /// Resolves an outbound, non-publish point into an edge; `false` when nothing matched.
    mutating func resolveCall(_ point: IntegrationPoint) -> Bool {
        guard let from = point.component else { return false }
        var target = point.target.flatMap { node(for: $0, bindings: point.bindings, component: from) }
            ?? nodeThroughComponent(point, component: from)
        if target == nil, point.kind == .outboundHTTP { target = nodeThroughTypedClient(point, component: from) }
        if target == nil, [.database, .cache, .broker].contains(point.kind) { target = onlyResource(of: point.technology) }
        if target == nil, point.kind == .outboundHTTP, let expression = point.target.map(TargetExpression.init), expression.isRelativeLiteral {
            target = onlyHTTPEndpoint(of: from)
        }
        if target == nil, let service = CloudService.resource(technology: point.technology) {
            target = resource(id: service.id, kind: service.kind, system: service.system, name: service.name)
        }
        if target == nil, point.kind == .saas {
            target = resource(id: "saas:\(point.technology)", kind: .saas, system: point.technology, name: point.technology)
        }
        guard let to = target, to != from else { return false }
        let expressions = [point.target].compactMap { $0 } + (point.bindings ?? [])
        keysRead[point.id] = Set(expressions.flatMap { TargetExpression($0).keyReferences.map(TargetExpression.normalizedKey) })
        edges.add(Edge(from: from, to: to, protocol: point.protocol, mode: point.mode, strength: .call, points: [point.id], evidence: point.evidence))
        return true
    }

    /// Producer -> consumer edges per topic, and producer -> broker edges; returns the ids of
    /// publish points linked to nothing.
    mutating func resolveMessaging(_ points: [IntegrationPoint]) -> [String] {
        var unresolved: [String] = []
        let consumers = points.filter { $0.kind == .consume && $0.topic != nil }
        for publish in points where publish.kind == .publish {
            guard let from = publish.component else { unresolved.append(publish.id); continue }
            var linked = false
            for consumer in consumers where consumer.topic == publish.topic
                && (consumer.technology == publish.technology || consumer.protocol == publish.protocol) {
                guard let to = consumer.component, to != from else { continue }
                edges.add(Edge(
                    from: from, to: to, protocol: publish.protocol, mode: .async, strength: .messaging, topic: publish.topic,
                    points: [publish.id, consumer.id], evidence: publish.evidence + consumer.evidence))
                linked = true
            }
            let broker = publish.target.flatMap { node(for: $0, bindings: publish.bindings, component: from) }.flatMap { id in
                resources.contains { $0.id == id && $0.kind == .broker } ? id : nil
            } ?? onlyResource(of: publish.technology)
            if let broker {
                edges.add(Edge(
                    from: from, to: broker, protocol: publish.protocol, mode: .async, strength: .call, topic: publish.topic,
                    points: [publish.id], evidence: publish.evidence))
                linked = true
            }
            if !linked { unresolved.append(publish.id) }
        }
        return unresolved
    }

    /// Consumer -> broker edges: a consume call site links its component to the broker it
    /// reads from (its target's, or the only broker of its system), so the subscription is
    /// evidence of that edge just as a publish is.
    mutating func linkConsumersToBrokers(_ points: [IntegrationPoint]) {
        for consumer in points where consumer.kind == .consume {
            guard let from = consumer.component else { continue }
            let broker = consumer.target.flatMap { node(for: $0, component: from) }.flatMap { id in
                resources.contains { $0.id == id && $0.kind == .broker } ? id : nil
            } ?? onlyResource(of: consumer.technology).flatMap { id in resources.contains { $0.id == id && $0.kind == .broker } ? id : nil }
            guard let broker else { continue }
            edges.add(Edge(from: from, to: broker, protocol: consumer.protocol, mode: .async, strength: .call,
                           points: [consumer.id], evidence: consumer.evidence))
        }
    }

    /// Edges that only configuration states: an endpoint value in a component's config that
    /// names another node. The protocol of a call that reads the key wins over the one the
    /// key's name suggests (`*_ADDR` read by an HTTP call is HTTP).
    mutating func addConfigEdges() {
        for entry in config where entry.kind == .endpoint {
            guard let from = entry.component, let value = entry.value,
                  let to = node(for: value, component: from, viaPublishedPorts: false), to != from else { continue }
            let expression = TargetExpression(value)
            let target = resources.first { $0.id == to }
            let key = TargetExpression.normalizedKey(entry.key)
            let protocolName = edges.callProtocol(from: from, to: to) { keysRead[$0]?.contains(key) == true }
                ?? Self.protocolName(scheme: expression.scheme, key: entry.key, target: target)
            let mode: IntegrationPoint.Mode = target?.kind == .broker ? .async : .sync
            edges.add(Edge(from: from, to: to, protocol: protocolName, mode: mode, strength: .config, evidence: [entry.evidence]))
        }
    }

    /// Edges from a component to the stores, brokers and SaaS its manifests depend on (the
    /// client library is the evidence); they fold into a call edge of the pair when one exists.
    mutating func addDependencyEdges() {
        for resource in resources {
            for user in resource.usedBy {
                guard let folder = components.first(where: { $0.id == user })?.path else { continue }
                let evidence = resource.evidence.filter { ProjectFiles.contains(folder: folder, path: $0.path) }
                guard !evidence.isEmpty else { continue }
                let protocolName = resource.kind == .saas ? "http" : resource.system == "rabbitmq" ? "amqp" : resource.system
                edges.add(Edge(from: user, to: resource.id, protocol: protocolName, mode: resource.kind == .broker ? .async : .sync,
                               strength: .manifest, evidence: evidence))
            }
        }
    }

    static func protocolName(scheme: String?, key: String, target: Resource?) -> String {
        if let scheme {
            let last = scheme.split(separator: ":").last.map(String.init) ?? scheme
            switch last {
            case "http", "https", "https+http", "http+https", "lb", "ws", "wss": return "http"
            case "postgres", "postgresql": return "postgresql"
            case "amqp", "amqps": return "amqp"
            case "rediss": return "redis"
            case "mongodb", "mongodb+srv": return "mongodb"
            default: return last
            }
        }
        if let target { return target.kind == .saas || target.kind == .externalAPI ? "tcp" : target.system }
        // A bare `host:port` naming another component: gRPC in practice (`*_SERVICE_ADDR`).
        let upper = key.uppercased()
        return upper.contains("GRPC") || upper.hasSuffix("_ADDR") ? "grpc" : "tcp"
    }
}
