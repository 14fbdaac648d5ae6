import Foundation

/// A Mermaid flowchart of the landscape: components as boxes, data stores as cylinders,
/// brokers as queues, external systems as rounded boxes; edges labelled protocol and sync/async.
enum LandscapeDiagram {
    static func mermaid(_ landscape: Landscape) -> String {
        var lines = ["flowchart LR"]
        func node(_ id: String) -> String {
            "n_" + id.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        }
        func label(_ text: String) -> String { text.replacingOccurrences(of: "\"", with: "'") }
        for component in landscape.components {
            lines.append("    \(node(component.id))[\"\(label(component.name))\"]")
        }
        for resource in landscape.resources {
            let text = label("\(resource.name) (\(resource.system))")
            switch resource.kind {
            case .database, .search, .objectStorage, .cache: lines.append("    \(node(resource.id))[(\"\(text)\")]")
            case .broker: lines.append("    \(node(resource.id))[[\"\(text)\"]]")
            case .saas, .externalAPI: lines.append("    \(node(resource.id))([\"\(text)\"])")
            }
        }
        let known = Set(landscape.components.map(\.id) + landscape.resources.map(\.id))
        for edge in landscape.edges where known.contains(edge.from) && known.contains(edge.to) {
            var text = "\(edge.protocol) \(edge.mode.rawValue)"
            if let topic = edge.topic { text += " \(topic)" }
            let arrow = edge.strength == .startOrder ? "-.->" : (edge.mode == .async ? "-.->" : "-->")
            lines.append("    \(node(edge.from)) \(arrow)|\"\(label(text))\"| \(node(edge.to))")
        }
        return lines.joined(separator: "\n")
    }

    /// The same graph for Graphviz.
    static func dot(_ landscape: Landscape) -> String {
        func quote(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var lines = ["digraph landscape {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
        for component in landscape.components {
            lines.append("  \(quote(component.id)) [label=\(quote(component.name)), shape=box];")
        }
        for resource in landscape.resources {
            let shape: String
            switch resource.kind {
            case .database, .search, .objectStorage, .cache: shape = "cylinder"
            case .broker: shape = "cds"
            case .saas, .externalAPI: shape = "ellipse"
            }
            lines.append("  \(quote(resource.id)) [label=\(quote("\(resource.name) (\(resource.system))")), shape=\(shape)];")
        }
        for edge in landscape.edges {
            let style = edge.strength == .startOrder ? "dotted" : (edge.mode == .async ? "dashed" : "solid")
            let label = "\(edge.protocol) \(edge.mode.rawValue)" + (edge.topic.map { " \($0)" } ?? "")
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to)) [label=\(quote(label)), style=\(style)];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
