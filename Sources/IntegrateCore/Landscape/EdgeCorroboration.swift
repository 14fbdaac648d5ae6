/// Edges that rest only on a weak statement are kept where the component's own code backs them,
/// and dropped where its code shows it does not use the other end (a wrong arrow is worse than
/// none). Each rule needs the component's source; a component without any (an image-only
/// service) keeps its edges.
///
/// - A manifest-only edge (a declared client library, `strength: manifest`) to a store, broker or
///   vendor: the code must name that system (`KnownSystems.codeTokens`: `redis`, `lettuce`,
///   `mongo`, …). A library pulled in but never imported is not a connection.
/// - A start-order edge (`depends_on` alone) to a store or broker: the same test. Waiting for a
///   database is not using it.
/// - A start-order edge to another component: the code must name it (its id, name or a
///   hostname), as a call through a gateway or an event never does.
/// - A config edge resting only on lines of a shared bag (a ConfigMap several workloads read
///   whole through `envFrom`): the code must name one of its keys, or the key must be one a
///   framework binds by itself (`SPRING_*`, `ASPNETCORE_*`, `.NET` `Section__Key`).
struct EdgeCorroboration {
    let landscape: Landscape
    let sharedConfig: Set<Evidence>

    func edges(sources: inout ComponentSources) -> [Edge] {
        landscape.edges.filter { edge in
            switch edge.strength {
            case .startOrder where landscape.component(edge.to) != nil:
                guard let callee = landscape.component(edge.to), let code = sources.text(of: edge.from) else { return true }
                return ([callee.id, callee.name] + callee.hostnames).contains { code.lowered.contains($0.lowercased()) }
            case .manifest, .startOrder:
                guard let resource = landscape.resources.first(where: { $0.id == edge.to }),
                      let tokens = KnownSystems.codeTokens(of: resource.system),
                      let code = sources.text(of: edge.from) else { return true }
                return tokens.contains { code.lowered.contains($0) }
            case .config:
                guard !sharedConfig.isEmpty, edge.evidence.allSatisfy({ sharedConfig.contains(Evidence(path: $0.path, line: $0.line)) }),
                      let code = sources.text(of: edge.from) else { return true }
                let lines = Set(edge.evidence.map { "\($0.path):\($0.line)" })
                let keys = landscape.config.filter { $0.component == edge.from && lines.contains("\($0.evidence.path):\($0.evidence.line)") }.map(\.key)
                return keys.contains { Self.reads(code.raw, key: $0) }
            case .call, .messaging:
                return true
            }
        }
    }

    /// Prefixes of env keys a framework binds to its own settings without the code naming them.
    static let frameworkPrefixes = ["SPRING_", "ASPNETCORE_", "DOTNET_", "QUARKUS_", "MICRONAUT_"]

    /// Whether `code` reads `key`: it names the key, or its last segment (`Urls__Basket` read as
    /// `["Basket"]`), or the framework binds it.
    static func reads(_ code: String, key: String) -> Bool {
        if frameworkPrefixes.contains(where: key.uppercased().hasPrefix) || key.contains("__") { return true }
        if code.contains(key) { return true }
        let last = TargetExpression.lastSegment(key)
        return last != key && last.count >= 4 && code.contains(last)
    }
}
