/// Collects edges and merges duplicates: one edge per (from, to, protocol, topic, strength),
/// with all evidence and point ids kept. A start-order edge folds into any stronger edge of
/// its pair; a config edge folds into a stronger edge of its pair that speaks the same
/// protocol, or any stronger edge when the target is a resource (one system, one protocol); a
/// manifest-only edge (a declared client library) folds the same way.
/// So `depends_on` and an env URL next to a real call add evidence, not more arrows, while
/// HTTP and gRPC between the same two components stay apart. Input order is deterministic
/// (points, then config, then start order, each sorted), so the output is too.
struct EdgeCollector {
    private var edges: [Edge] = []

    mutating func add(_ edge: Edge) {
        if let index = edges.firstIndex(where: {
            $0.from == edge.from && $0.to == edge.to && $0.protocol == edge.protocol && $0.topic == edge.topic
                && $0.strength == edge.strength
        }) {
            edges[index].points += edge.points
            edges[index].evidence += edge.evidence
        } else {
            edges.append(edge)
        }
    }

    /// The protocol of the first call edge from `from` to `to` one of whose points `reads`.
    func callProtocol(from: String, to: String, reads: (String) -> Bool) -> String? {
        edges.first { $0.from == from && $0.to == to && $0.strength == .call && $0.points.contains(where: reads) }?.protocol
    }

    private static func rank(_ strength: Edge.Strength) -> Int {
        switch strength {
        case .call, .messaging: return 0
        case .config: return 1
        case .manifest: return 2
        case .startOrder: return 3
        }
    }

    static func normalized(_ protocolName: String) -> String {
        protocolName == "https" ? "http" : protocolName
    }

    /// Merged, folded and stably sorted edges; `resources` are the ids of resource nodes.
    func result(resources: Set<String>) -> [Edge] {
        var kept: [Edge] = []
        // A connection without a topic (`pika.BlockingConnection(url)`) adds evidence to a
        // publish of the same pair and protocol that names one, rather than a second arrow.
        var edges = edges
        for index in edges.indices.reversed() where edges[index].topic == nil && edges[index].strength == .call {
            let edge = edges[index]
            if let topical = edges.firstIndex(where: {
                $0.from == edge.from && $0.to == edge.to && $0.protocol == edge.protocol && $0.topic != nil && $0.strength == .call
            }) {
                edges[topical].points += edge.points
                edges[topical].evidence += edge.evidence
                edges.remove(at: index)
            }
        }
        let byStrength = edges.enumerated().sorted { (Self.rank($0.element.strength), $0.offset) < (Self.rank($1.element.strength), $1.offset) }
        for edge in byStrength.map(\.element) {
            let rank = Self.rank(edge.strength)
            if rank > 0, let stronger = kept.firstIndex(where: {
                $0.from == edge.from && $0.to == edge.to && Self.rank($0.strength) < rank
                    && (edge.strength == .startOrder || resources.contains(edge.to)
                        || Self.normalized($0.protocol) == Self.normalized(edge.protocol))
            }) {
                kept[stronger].evidence += edge.evidence
                kept[stronger].points += edge.points
            } else {
                kept.append(edge)
            }
        }
        return kept.map { edge in
            var edge = edge
            edge.points = Array(Set(edge.points)).sorted()
            // The edge's own evidence (call sites) first, folded config after, each once.
            var seen: Set<Evidence> = []
            edge.evidence = edge.evidence.filter { seen.insert($0).inserted }
            return edge
        }.sorted { ($0.from, $0.to, $0.protocol, $0.topic ?? "", $0.strength.rawValue) < ($1.from, $1.to, $1.protocol, $1.topic ?? "", $1.strength.rawValue) }
    }
}
