import Foundation

/// What the monitoring files cover, decided once from the landscape: the outbound integrations
/// that get rules, the probes, and the notes the documents repeat. Every generator reads this
/// value and nothing else, so the files always agree with each other and with
/// `monitoring-setup.md`.
public struct MonitoringPlan: Sendable {
    public var integrations: [MonitoredIntegration]
    /// Outbound links that get no rules, with the reason (only a start order, nothing to measure).
    public var uncovered: [(title: String, reason: String, evidence: [Evidence])]
    public var probes: [Probe]
    /// Things the plan could not do, said plainly (`orders` has no port in the config: 80 assumed).
    public var notes: [String]

    /// The inputs a plan is built from.
    public struct Inputs: Sendable {
        public var landscape: Landscape
        public var healthEndpoints: [HealthEndpoint]
        /// Component id → the telemetry dependency found in its manifests.
        public var telemetry: [String: Evidence]
        /// Given on the command line; nil to choose per service from its telemetry.
        public var convention: MetricsConvention?
        public var objectives: ObjectivesFileLoader.Objectives
        /// (component id, health path) → what a spec says the path answers.
        public var expectations: [String: HealthExpectation]

        public init(landscape: Landscape, healthEndpoints: [HealthEndpoint], telemetry: [String: Evidence], convention: MetricsConvention?,
                    objectives: ObjectivesFileLoader.Objectives, expectations: [String: HealthExpectation] = [:]) {
            self.landscape = landscape
            self.healthEndpoints = healthEndpoints
            self.telemetry = telemetry
            self.convention = convention
            self.objectives = objectives
            self.expectations = expectations
        }

        static func expectationKey(component: String, path: String) -> String { component + " " + path }
    }

    /// Default ports of stores and brokers a TCP probe connects to when the config names none.
    static let defaultPorts: [String: Int] = [
        "postgresql": 5432, "mysql": 3306, "mariadb": 3306, "sqlserver": 1433, "mssql": 1433, "oracle": 1521,
        "redis": 6379, "memcached": 11211, "mongodb": 27017, "cassandra": 9042, "elasticsearch": 9200,
        "opensearch": 9200, "rabbitmq": 5672, "amqp": 5672, "kafka": 9092, "nats": 4222, "mqtt": 1883,
    ]

    public init(integrations: [MonitoredIntegration], uncovered: [(title: String, reason: String, evidence: [Evidence])] = [], probes: [Probe], notes: [String]) {
        self.integrations = integrations
        self.uncovered = uncovered
        self.probes = probes
        self.notes = notes
    }

    public static func build(_ inputs: Inputs) -> MonitoringPlan {
        let landscape = inputs.landscape
        let components = Dictionary(landscape.components.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let resources = Dictionary(landscape.resources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let book = ServiceAddressBook(config: landscape.config)
        var notes: [String] = []

        // Integrations: one per caller, dependency and kind of client.
        var integrations: [MonitoredIntegration] = []
        var seen: [String: Int] = [:]
        let edges = landscape.edges.sorted { ($0.from, $0.to, $0.protocol) < ($1.from, $1.to, $1.protocol) }
        var uncovered: [(title: String, reason: String, evidence: [Evidence])] = []
        for edge in edges {
            guard let caller = components[edge.from] else { continue }
            let target = components[edge.to]
            let resource = resources[edge.to]
            guard target != nil || resource != nil else { continue }
            // A component-to-component message flow runs through a broker: the client call is
            // the edge to the broker, which gets the rules.
            if edge.mode == .async && resource?.kind != .broker { continue }
            let title = "\(caller.id) → \(target?.name ?? resource?.name ?? edge.to) (\(edge.protocol))"
            if edge.strength == .startOrder {
                uncovered.append((title, "only a start order (`depends_on`) links them: no call to measure", edge.evidence))
                continue
            }
            if caller.kind == .library {
                uncovered.append((title, "`\(caller.id)` is a library: its callers' rules cover the call", edge.evidence))
                continue
            }
            let kind = CallKind.of(protocol: edge.protocol, mode: edge.mode)
            let key = "\(edge.from)\u{1F}\(edge.to)\u{1F}\(kind.rawValue)"
            if let index = seen[key] {
                integrations[index].evidence = Array(Set(integrations[index].evidence + edge.evidence)).sorted()
                continue
            }
            let dependency = target?.name ?? resource?.name ?? edge.to
            let address = target.map { $0.hostnames.first ?? $0.id } ?? resource?.host ?? (resource?.kind == .saas ? nil : resource?.name)
            let (convention, reason) = chooseConvention(caller: caller.id, given: inputs.convention, telemetry: inputs.telemetry)
            let (family, used) = convention.resolvedFamily(kind)
            let names = [dependency, edge.to] + (target?.hostnames ?? []) + [resource?.host].compactMap { $0 }
            let objective = inputs.objectives.objective(caller: caller.id, dependency: names)
            seen[key] = integrations.count
            integrations.append(MonitoredIntegration(
                caller: caller.id, dependency: dependency, dependencyID: edge.to, protocolName: edge.protocol.lowercased(), kind: kind,
                mode: edge.mode, address: address?.lowercased(), messagingSystem: kind == .messaging ? (resource?.system ?? edge.protocol) : nil,
                topic: kind == .messaging ? edge.topic : nil, convention: used, callerConvention: convention, conventionReason: reason, family: family,
                objective: objective, evidence: edge.evidence.sorted(), slug: ""))
        }
        // Two dependencies with one display name keep apart by their node ids.
        let labelCounts = Dictionary(grouping: integrations, by: { "\($0.caller)\u{1F}\($0.dependency)\u{1F}\($0.protocolName)" }).mapValues { Set($0.map(\.dependencyID)).count }
        var taken: Set<String> = []
        for index in integrations.indices {
            let item = integrations[index]
            if (labelCounts["\(item.caller)\u{1F}\(item.dependency)\u{1F}\(item.protocolName)"] ?? 1) > 1 {
                integrations[index].dependency = item.dependencyID
            }
            integrations[index].slug = PromQL.unique(PromQL.identifier("\(item.caller) \(integrations[index].dependency) \(item.protocolName)"), taken: &taken)
        }
        for entry in inputs.objectives.entries where !integrations.contains(where: { integration in
            let names = [integration.dependency, integration.dependencyID, integration.address].compactMap { $0?.lowercased() }
            return names.contains(entry.dependency.lowercased()) && (entry.caller == nil || entry.caller?.lowercased() == integration.caller.lowercased())
        }) {
            notes.append("`\(entry.evidence.path):\(entry.evidence.line)`: `\(entry.evidence.snippet)` matches no integration in the landscape")
        }

        // Probes: health endpoints, stores and brokers, gRPC servers.
        var probes: [Probe] = []
        for endpoint in inputs.healthEndpoints.sorted(by: { ($0.component, $0.path) < ($1.component, $1.path) }) {
            guard let component = components[endpoint.component] else { continue }
            let host = (component.hostnames.first ?? component.id).lowercased()
            let address = book.port(of: host, schemes: ["http", "https"])
            let scheme = address?.scheme == "https" ? "https" : "http"
            if address == nil { notes.append("no port for `\(host)` in the configuration: its health probe assumes port 80") }
            let path = endpoint.path.hasPrefix("/") ? endpoint.path : "/" + endpoint.path
            let expectation = inputs.expectations[Inputs.expectationKey(component: endpoint.component, path: endpoint.path)]
            probes.append(Probe(
                kind: .http, owner: component.id, target: "\(scheme)://\(host)\(address.map { ":\($0.port)" } ?? "")\(path)",
                module: expectation?.module ?? "http_2xx", path: path, expectedStatus: expectation?.status, contentType: expectation?.contentType,
                expectationSource: expectation?.source, portSource: address?.evidence, evidence: endpoint.evidence))
        }
        for resource in landscape.resources.sorted(by: { $0.id < $1.id }) where resource.kind.isDataStore || resource.kind == .broker {
            guard resource.kind != .objectStorage else { continue }
            let host = (resource.host ?? resource.name).lowercased()
            let address = book.port(of: host, schemes: [])
            guard let port = address?.port ?? defaultPorts[resource.system.lowercased()] else {
                notes.append("no port known for `\(resource.name)` (\(resource.system)): no TCP probe")
                continue
            }
            probes.append(Probe(
                kind: .tcp, owner: resource.name, target: "\(host):\(port)", module: "tcp_connect", portSource: address?.evidence,
                evidence: Array(resource.evidence.prefix(3))))
        }
        let grpcServers = Dictionary(grouping: landscape.productionPoints.filter { $0.kind == .grpcServer }, by: { $0.component ?? "" })
        for (id, points) in grpcServers.sorted(by: { $0.key < $1.key }) {
            guard let component = components[id] else { continue }
            let host = (component.hostnames.first ?? component.id).lowercased()
            guard let address = book.port(of: host, schemes: ["grpc"]) else {
                notes.append("no gRPC port for `\(host)` in the configuration: no gRPC health probe")
                continue
            }
            probes.append(Probe(
                kind: .grpc, owner: component.id, target: "\(host):\(address.port)", module: "grpc_health", portSource: address.evidence,
                evidence: Array(points.flatMap(\.evidence).sorted().prefix(2))))
        }
        return MonitoringPlan(integrations: integrations, uncovered: uncovered, probes: probes, notes: notes.reduce(into: [String]()) { kept, note in if !kept.contains(note) { kept.append(note) } })
    }

    /// The convention for one caller: the one given, else what its telemetry dependency implies,
    /// else OpenTelemetry's.
    static func chooseConvention(caller: String, given: MetricsConvention?, telemetry: [String: Evidence]) -> (MetricsConvention, String) {
        if let given { return (given, "`--metrics-convention \(given.rawValue)`") }
        if let evidence = telemetry[caller] {
            if let implied = MetricsConvention.implied(by: evidence.snippet) {
                return (implied, "`\(evidence.path):\(evidence.line)` depends on `\(String(evidence.snippet.prefix(80)))`")
            }
            return (.otel, "`\(evidence.path):\(evidence.line)` names no Prometheus exporter convention: OpenTelemetry's assumed")
        }
        return (.otel, "no telemetry dependency found: OpenTelemetry's assumed")
    }
}

