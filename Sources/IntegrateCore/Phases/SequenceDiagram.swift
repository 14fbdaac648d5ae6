import Foundation

/// A Mermaid `sequenceDiagram` of one synchronous chain: one message per hop, labelled with the
/// method and path (or the RPC) of the calls behind it when the scan read them.
struct SequenceDiagram: Sendable {
    var chain: SyncChains.Chain
    /// One label per hop, in chain order.
    var labels: [String]

    init(_ chain: SyncChains.Chain, edges: [Edge], points: [IntegrationPoint]) {
        self.chain = chain
        let byID = Dictionary(points.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        labels = zip(chain.nodes, chain.nodes.dropFirst()).map { from, to in
            let hop = edges.filter { $0.from == from && $0.to == to }
            let calls = hop.flatMap(\.points).compactMap { byID[$0] }
            return Self.label(calls, protocol: hop.first?.protocol ?? "call")
        }
    }

    /// `GET /orders/{id}`, `orders.Orders/Get`, or the protocol when no call says more; a hop
    /// with several distinct calls names the first and counts the others.
    static func label(_ calls: [IntegrationPoint], protocol: String) -> String {
        var seen: [String] = []
        for call in calls {
            let what = [call.method?.uppercased(), call.path ?? call.topic].compactMap { $0 }.joined(separator: " ")
            if !what.isEmpty, !seen.contains(what) { seen.append(what) }
        }
        guard let first = seen.first else { return `protocol` }
        return seen.count > 1 ? "\(first) (+\(seen.count - 1) more)" : first
    }

    /// Mermaid text; participants get aliases so any id is safe.
    var mermaid: String {
        var lines = ["sequenceDiagram"]
        for (index, node) in chain.nodes.enumerated() { lines.append("    participant P\(index) as \(Self.escape(node))") }
        for (index, label) in labels.enumerated() { lines.append("    P\(index)->>P\(index + 1): \(Self.escape(label))") }
        return lines.joined(separator: "\n")
    }

    /// Characters Mermaid reads as syntax in a message or participant name.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: ";", with: ",").replacingOccurrences(of: "#", with: "").replacingOccurrences(of: "\n", with: " ")
    }
}
