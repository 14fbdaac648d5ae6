import Foundation

/// Per component, what it serves: its routes and gRPC or GraphQL services with the contract that
/// covers each (when one does), the files that define them and the ports its deployment publishes.
struct InboundInterfaces: Sendable {
    struct Interface: Sendable, Hashable {
        /// `GET /orders/{id}`, or the gRPC/GraphQL service as the scan read it.
        var label: String
        /// The spec that covers it; `nil` when none does.
        var contract: String?
        var evidence: [Evidence]
    }

    struct Entry: Sendable, Hashable {
        var component: String
        var interfaces: [Interface]
        var ports: [String]
    }

    var entries: [Entry]

    /// `apis` are the project's contracts (drafts are not coverage).
    init(_ landscape: Landscape, apis: [ContractCatalog.API]) {
        let kinds: Set<IntegrationPoint.Kind> = [.inboundHTTP, .grpcServer, .graphqlServer]
        let served = Dictionary(grouping: landscape.productionPoints.filter { kinds.contains($0.kind) }, by: { $0.component ?? "" })
        // Each contract with the component that provides it (its folder, else a server URL naming it).
        let contracts = apis.filter { !$0.draft }.map { (api: $0, provider: ConsumerImpact.provider(specPath: $0.path, servers: $0.servers, in: landscape)) }
        let folders = landscape.components.compactMap(\.path)
        entries = landscape.components.compactMap { component in
            guard let points = served[component.id], !points.isEmpty else { return nil }
            var interfaces: [Interface] = []
            for point in points {
                let label = point.kind == .inboundHTTP
                    ? [point.method?.uppercased() ?? "ANY", point.path ?? "(path not read)"].joined(separator: " ")
                    : "\(point.kind == .grpcServer ? "gRPC" : "GraphQL") \(point.path ?? point.topic ?? point.target ?? point.technology)"
                if let index = interfaces.firstIndex(where: { $0.label == label }) {
                    interfaces[index].evidence += point.evidence
                    continue
                }
                interfaces.append(Interface(label: label, contract: Self.contract(point, component: component.id, contracts: contracts), evidence: point.evidence))
            }
            return Entry(component: component.id, interfaces: interfaces, ports: EntryPointFacts.publishedPorts(component, componentFolders: folders))
        }
    }

    /// The spec covering `point`: for a route, an OpenAPI operation of the component's own
    /// contract (a base path such as a server's `/api/v1` may stand in front), or of a contract
    /// whose provider is not known with exactly its method and path template; for a gRPC or
    /// GraphQL service, a `.proto` or schema the component provides. Another component's
    /// contract never covers it.
    static func contract(_ point: IntegrationPoint, component: String, contracts: [(api: ContractCatalog.API, provider: String?)]) -> String? {
        let own = contracts.filter { $0.provider == component }.map(\.api)
        switch point.kind {
        case .inboundHTTP:
            guard let raw = point.path else { return nil }
            let path = DraftSpecBuilder.template(raw)
            let method = (point.method ?? "").uppercased()
            func operations(_ api: ContractCatalog.API) -> [(method: String, path: String)] {
                api.operations.compactMap { label in
                    let parts = label.split(separator: " ", maxSplits: 1).map(String.init)
                    return parts.count == 2 ? (parts[0].uppercased(), parts[1]) : nil
                }
            }
            if let api = own.first(where: { operations($0).contains { RouteMatcher.matches(callMethod: point.method, callPath: path, operationMethod: $0.method, operationPath: $0.path) } }) {
                return api.path
            }
            return contracts.filter { $0.provider == nil }.map(\.api).first { api in
                operations(api).contains { ($0.method == method || method == "*" || method == "ANY") && ContractDiffer.normalize($0.path) == ContractDiffer.normalize(path) }
            }?.path
        case .grpcServer:
            return own.first { $0.format == .proto }?.path
        case .graphqlServer:
            return own.first { $0.format == .graphql }?.path
        default:
            return nil
        }
    }

    /// One row per component; says plainly when no component serves anything.
    var markdown: String {
        guard !entries.isEmpty else { return Markdown.nothingFound("no component serves an HTTP route, a gRPC service or a GraphQL schema") }
        let rows = entries.map { entry -> [String] in
            let interfaces = entry.interfaces.map { interface in
                Markdown.code(interface.label) + " " + (interface.contract.map { "(contract [`\($0)`\(Markdown.rootLink)\(Markdown.linkPath($0))))" } ?? "(**no contract**)")
            }
            let files = Array(Set(entry.interfaces.flatMap { $0.evidence.map(\.path) })).sorted()
            return ["**\(entry.component)**", interfaces.joined(separator: "<br>"), files.map { "`\($0)`" }.joined(separator: ", "),
                    entry.ports.isEmpty ? "none published" : entry.ports.map { "`\($0)`" }.joined(separator: ", ")]
        }
        return "What each component serves, the contract covering each interface, the files that define them and the ports its deployment publishes:\n\n"
            + Markdown.table(["Component", "Inbound interfaces", "Owner files", "Published ports"], rows)
    }
}
