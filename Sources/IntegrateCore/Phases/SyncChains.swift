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
        edges = landscape.edges.filter { $0.mode == .sync && $0.strength != .startOrder && componentIDs.contains($0.from) && componentIDs.contains($0.to) }
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
