import Foundation
import Yams

/// Gateway and proxy routes as the gateway's endpoints: Envoy clusters (`socket_address.address`,
/// v2 `hosts` and v3 `load_assignment`, `${HOST}` templates kept as the env key they name) and
/// Spring Cloud Gateway routes (`uri: lb://orders`). Each becomes an endpoint setting of the
/// gateway component, so resolution draws gateway -> upstream edges exactly like an env URL
/// (and a `${HOST}` template follows the gateway's env to its value). YARP `ReverseProxy`
/// destinations in `appsettings.json` are endpoint settings already (`…:Address`).
///
/// An Envoy config belongs to the component that owns its folder; else to the proxy component
/// (an image naming `envoy`) named after the folder; else it is a gateway component of its own.
struct GatewayRouteDetector {
    func apply(files: ProjectFiles, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]) {
        for file in files.files where CloudFormationDetector.isCandidate(file.path) {
            let name = ProjectFiles.name(file.path).lowercased()
            let spring = name.hasPrefix("application") && !name.hasSuffix(".json")
            guard let text = files.text(file, diagnostics: &diagnostics),
                  text.contains("static_resources") || (spring && text.contains("gateway")) else { continue }
            var ignored: [Diagnostic] = []
            for document in YAMLDocuments.parse(text, path: file.path, diagnostics: &ignored) {
                if let resources = document.value("static_resources") {
                    envoy(resources, path: file.path, topology: &topology)
                } else if spring {
                    springRoutes(document, path: file.path, topology: &topology)
                }
            }
        }
    }

    // MARK: Envoy

    private func envoy(_ resources: Node, path: String, topology: inout DeclaredTopology) {
        var upstreams: [(cluster: String, address: String, port: String?, line: Int)] = []
        for cluster in resources.value("clusters")?.sequence ?? Node.Sequence([]) {
            let name = cluster.text("name") ?? "cluster"
            var sockets = (cluster.value("hosts")?.sequence.map(Array.init) ?? []).compactMap { $0.value("socket_address") }
            for endpoint in cluster.value("load_assignment")?.value("endpoints")?.sequence ?? Node.Sequence([]) {
                for lb in endpoint.value("lb_endpoints")?.sequence ?? Node.Sequence([]) {
                    if let socket = lb.value("endpoint")?.value("address")?.value("socket_address") { sockets.append(socket) }
                }
            }
            for socket in sockets {
                guard let address = socket.text("address") else { continue }
                let line = socket.pairs.first { $0.key == "address" }?.line ?? socket.line
                upstreams.append((name, address, socket.text("port_value"), line))
            }
        }
        guard !upstreams.isEmpty else { return }
        let folder = ProjectFiles.folder(path)
        let gateway = proxyComponent(folder: folder, path: path, topology: &topology)
        for upstream in upstreams {
            let value = "http://\(upstream.address)" + (upstream.port.map { ":\($0)" } ?? "")
            topology.addEndpoint(key: "envoy.clusters.\(upstream.cluster)", value: value, component: gateway,
                                 evidence: Evidence(path: path, line: upstream.line, snippet: "cluster \(upstream.cluster): address \(upstream.address)"))
        }
    }

    private func proxyComponent(folder: String, path: String, topology: inout DeclaredTopology) -> String {
        let evidence = Evidence(path: path, line: 1, snippet: "envoy config")
        if let owner = ProjectFiles.owner(of: path, in: topology.facts.components),
           topology.facts.components.contains(where: { $0.id == owner && $0.path?.isEmpty == false }) {
            return owner
        }
        let folderName = StructuralFactsBuilder.identifier(ProjectFiles.name(folder)).replacingOccurrences(of: "-", with: "")
        let proxies = topology.facts.components.filter { component in
            guard component.image?.lowercased().contains("envoy") == true, !folderName.isEmpty else { return false }
            let names = ([component.id] + component.hostnames).map { $0.lowercased().replacingOccurrences(of: "-", with: "") }
            return names.contains { $0.contains(folderName) || folderName.contains($0) }
        }
        if proxies.count == 1 {
            topology.addHostname(proxies[0].hostnames.first ?? proxies[0].id, to: proxies[0].id, evidence: evidence)
            return proxies[0].id
        }
        let name = folder.isEmpty ? "envoy" : ProjectFiles.name(folder)
        return topology.newComponent(name: name, path: folder, evidence: evidence)
    }

    // MARK: Spring Cloud Gateway

    private func springRoutes(_ node: Node, path: String, trail: [String] = [], topology: inout DeclaredTopology) {
        for (key, value, _) in node.pairs {
            springRoutes(value, path: path, trail: trail + [key], topology: &topology)
        }
        guard trail.last == "routes", trail.contains("gateway"), let routes = node.sequence else { return }
        guard let owner = ProjectFiles.owner(of: path, in: topology.facts.components) else { return }
        for route in routes {
            guard let uri = route.text("uri") else { continue }
            let line = route.pairs.first { $0.key == "uri" }?.line ?? route.line
            let id = route.text("id") ?? uri
            topology.addEndpoint(key: "spring.cloud.gateway.routes.\(id).uri", value: uri, component: owner,
                                 evidence: Evidence(path: path, line: line, snippet: "uri: \(uri)"))
        }
    }
}
