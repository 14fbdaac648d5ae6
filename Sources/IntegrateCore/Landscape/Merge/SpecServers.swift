import Foundation

/// The base URLs repositories' API specs say they are served at (OpenAPI `servers`, Swagger
/// `host` + `basePath`), for linking calls across repositories: a call to
/// `https://orders.shop.example/api/v1/orders` is the component that owns a spec served at
/// `https://orders.shop.example/api/v1`.
///
/// A spec names its provider only when it could be the one serving it: its component serves
/// HTTP routes, and does not itself call that host (then the spec is a client's copy of
/// someone else's API, like a vendored `api.stripe.com` spec). Loopback and unspecified hosts
/// (`localhost`, `127.0.0.1`, `0.0.0.0`) are everyone's and name no one. Ports are not
/// compared: deployments remap them.
struct SpecServers {
    /// One server URL, split: lowercased host and path prefix without a trailing `/`.
    struct Server: Hashable {
        var host: String
        var path: String
    }

    /// A URL in a call target or a server entry: host and path (query and fragment dropped).
    static func parse(_ url: String) -> Server? {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        let end = rest.firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        rest = rest[..<end]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let host = TargetExpression.hostOfAuthority(String(rest[..<slash])).lowercased()
        guard !host.isEmpty, host.first?.isLetter == true || host.first?.isNumber == true else { return nil }
        var path = String(rest[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        return Server(host: host, path: path)
    }

    /// A component that calls a host itself.
    private struct HostCaller: Hashable {
        var host: String
        var component: String
    }

    static let sharedHosts: Set<String> = ["localhost", "127.0.0.1", "0.0.0.0", "::1", "host.docker.internal"]

    /// Host -> servers on it with the merged component that owns each.
    private var byHost: [String: [(path: String, component: String)]] = [:]
    private let repositoryOf: [String: String]

    /// An index of the servers of `specs` (ids already merged), owned by components that serve
    /// HTTP routes among `points`.
    init(specs: [APISpec], points: [IntegrationPoint], repositoryOf: [String: String]) {
        self.repositoryOf = repositoryOf
        var servers: [(Server, String)] = []
        for spec in specs {
            guard let component = spec.component, repositoryOf[component] != nil else { continue }
            for url in spec.servers ?? [] {
                guard let server = Self.parse(url), !Self.sharedHosts.contains(server.host) else { continue }
                servers.append((server, component))
            }
        }
        guard !servers.isEmpty else { return }
        let hosts = Set(servers.map(\.0.host))
        var serving: Set<String> = []
        var calling: Set<HostCaller> = []
        for point in points where point.scope == .production {
            guard let component = point.component else { continue }
            if point.kind == .inboundHTTP || point.kind == .graphqlServer { serving.insert(component) }
            if point.isOutbound, let target = point.target {
                for host in TargetExpression(target).hosts where hosts.contains(host) { calling.insert(HostCaller(host: host, component: component)) }
            }
        }
        for (server, component) in servers where serving.contains(component) && !calling.contains(HostCaller(host: server.host, component: component)) {
            if byHost[server.host]?.contains(where: { $0.path == server.path && $0.component == component }) == true { continue }
            byHost[server.host, default: []].append((server.path, component))
        }
    }

    var isEmpty: Bool { byHost.isEmpty }

    /// The one component outside `repository` whose spec is served at a URL `target` names
    /// (host equal, server path a prefix of the call's path by whole segments; the longest
    /// prefix wins); `nil` when none is, or when components of two repositories are (noted).
    func component(for target: String, notIn repository: String, notes: inout [String]) -> String? {
        guard !byHost.isEmpty else { return nil }
        for call in Self.urls(in: target).compactMap(Self.parse) {
            let candidates = (byHost[call.host] ?? []).filter { server in
                repositoryOf[server.component] != repository
                    && (server.path.isEmpty || call.path == server.path || call.path.hasPrefix(server.path + "/"))
            }
            guard let longest = candidates.map(\.path.count).max() else { continue }
            let owners = Set(candidates.filter { $0.path.count == longest }.map(\.component))
            if owners.count == 1 { return owners.first }
            notes.append("`\(call.host)\(candidates[0].path)` is a spec server of components in several repositories (\(owners.sorted().joined(separator: ", "))): left unresolved")
            return nil
        }
        return nil
    }

    /// The URLs written in a target expression (`scheme://...` up to a quote, space or bracket).
    static func urls(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            var start = scheme.lowerBound
            while start > rest.startIndex {
                let previous = rest.index(before: start)
                guard rest[previous].isLetter || rest[previous].isNumber || "+.-".contains(rest[previous]) else { break }
                start = previous
            }
            let end = rest[scheme.upperBound...].firstIndex { " \"'`),;\n".contains($0) } ?? rest.endIndex
            if start < scheme.lowerBound { found.append(String(rest[start..<end])) }
            rest = rest[end...]
        }
        return found
    }
}
