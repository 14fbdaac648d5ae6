import Foundation

/// The longest synchronous call chains of the landscape, each starting at an entry point: a
/// component a request from outside the system reaches first (see `EntryPointClassifier`).
struct SyncChains: Sendable {
    /// One chain with why its first component counts as where a request starts.
    struct Chain: Sendable, Hashable {
        var nodes: [String]
        var start: String
    }

    /// The synchronous edges between components (start order left out).
    var edges: [Edge]
    /// Longest first, at most five.
    var chains: [Chain]
    /// Whether no component was found to be an entry point, so chains start where nothing calls.
    var startsUnclassified: Bool

    init(_ landscape: Landscape, classifier: EntryPointClassifier = EntryPointClassifier()) {
        let componentIDs = Set(landscape.components.map(\.id))
        let technologies = Dictionary(landscape.points.map { ($0.id, $0.technology) }, uniquingKeysWith: { first, _ in first })
        edges = landscape.edges.filter {
            $0.mode == .sync && $0.strength != .startOrder && componentIDs.contains($0.from) && componentIDs.contains($0.to)
                && !Self.isHealthPoll($0) && !Self.isTokenAuthority($0, technologies: technologies)
        }
        let facts = EntryPointFacts.all(landscape)
        let callers = Set(edges.map(\.from)).sorted()
        let classified = callers.map { ($0, facts[$0].map(classifier.classify) ?? EntryPointClassifier.Classification()) }
        var starts = classified.compactMap { id, classification in classification.isEntry ? (id, classification.reason ?? "") : nil }
        startsUnclassified = starts.isEmpty
        if starts.isEmpty {
            // A call from tooling does not make its target any less the start of a user's request.
            let excluded = Set(classified.filter { $0.1.isExcluded }.map(\.0))
            let targets = Set(edges.filter { !excluded.contains($0.from) }.map(\.to))
            starts = classified.compactMap { id, classification in
                !classification.isExcluded && !targets.contains(id) ? (id, "not shown to be exposed; nothing in the tree calls it") : nil
            }
        }
        let reasons = Dictionary(starts, uniquingKeysWith: { first, _ in first })
        chains = Self.longest(edges, from: starts.map(\.0)).map { Chain(nodes: $0, start: reasons[$0[0]] ?? "") }
    }

    /// Path segments of a health endpoint (`/hc`, `/health`, `/liveness`).
    static let healthSegments: Set<String> = Set(MonitoringPhase.healthPaths + ["hc", "liveness", "alive", "readiness"])

    /// Whether configuration is all that links the two and every URL it gives points at the
    /// callee's health endpoint (`HealthChecksUI__HealthChecks__0__Uri=http://webmvc/hc`): a
    /// status dashboard polling health, not a request flow.
    static func isHealthPoll(_ edge: Edge) -> Bool {
        guard edge.strength == .config, !edge.evidence.isEmpty else { return false }
        return edge.evidence.allSatisfy { evidence in
            guard let scheme = evidence.snippet.range(of: "://") else { return false }
            let rest = evidence.snippet[scheme.upperBound...].prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
            return rest.split(separator: "/").dropFirst().contains { healthSegments.contains($0.lowercased()) }
        }
    }

    /// Technologies of an identity provider configured as a token authority (`options.Authority = identityUrl`).
    static let authorityTechnologies: Set<String> = ["oidc"]

    /// Whether the link is only an authority that validates tokens: the handler fetches its
    /// discovery document and keys once and caches them, and sign-in goes through the browser,
    /// so it is no hop inside a synchronous request.
    static func isTokenAuthority(_ edge: Edge, technologies: [String: String]) -> Bool {
        !edge.points.isEmpty && edge.points.allSatisfy { technologies[$0].map(authorityTechnologies.contains) == true }
    }

    /// The longest simple paths from `starts`, longest first (at most 5); a path that lies inside
    /// a longer one already kept is dropped.
    static func longest(_ edges: [Edge], from starts: [String]) -> [[String]] {
        let next = Dictionary(grouping: edges, by: \.from).mapValues { Array(Set($0.map(\.to))).sorted() }
        var found: [[String]] = []
        func walk(_ path: [String]) {
            guard let last = path.last else { return }
            let options = (next[last] ?? []).filter { !path.contains($0) }
            if options.isEmpty {
                if path.count > 1 { found.append(path) }
                return
            }
            for option in options { walk(path + [option]) }
        }
        for start in Set(starts).sorted() { walk([start]) }
        var kept: [[String]] = []
        for path in found.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0.joined(separator: " ") < $1.joined(separator: " ") })
        where !kept.contains(where: { Self.contains($0, path) }) {
            kept.append(path)
        }
        return Array(kept.prefix(5))
    }

    /// Whether `inner` runs, hop for hop, inside `outer`.
    static func contains(_ outer: [String], _ inner: [String]) -> Bool {
        guard inner.count <= outer.count else { return false }
        return (0...(outer.count - inner.count)).contains { Array(outer[$0..<($0 + inner.count)]) == inner }
    }
}
