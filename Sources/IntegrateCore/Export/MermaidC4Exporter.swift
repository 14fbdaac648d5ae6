/// A Mermaid `C4Container` view of the landscape: components as `Container`, data stores as
/// `ContainerDb`, brokers as `ContainerQueue` inside the system's boundary; SaaS and external
/// APIs as `System_Ext`; one `Rel` per edge with its technology.
struct MermaidC4Exporter: Sendable {
    let graph: ExportGraph
    let options: ExportOptions

    func render() -> String {
        var ids = ExportNames()
        let boundary = ids.assign("\u{0}system", preferred: "system_" + options.systemName, sanitize: ExportNames.identifier)
        for node in graph.nodes { ids.assign(node.id, preferred: node.id, sanitize: ExportNames.identifier) }
        let q = ExportText.dsl
        var lines = [
            "C4Container",
            "    title \(Self.title("Containers of \(options.systemName), mapped by integrate"))",
            "    System_Boundary(\(boundary), \(q(options.systemName))) {",
        ]
        for node in graph.nodes where !node.isExternal {
            guard let id = ids[node.id] else { continue }
            let macro: String
            switch node.role {
            case .store: macro = "ContainerDb"
            case .broker: macro = "ContainerQueue"
            case .component, .external: macro = "Container"
            }
            lines.append("        \(macro)(\(id), \(q(node.name)), \(q(node.technology)), \(q(node.kindDescription)))")
        }
        lines.append("    }")
        for node in graph.nodes where node.isExternal {
            guard let id = ids[node.id] else { continue }
            lines.append("    System_Ext(\(id), \(q(node.name)), \(q("\(node.kindDescription) (\(node.technology))")))")
        }
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            lines.append("    Rel(\(from), \(to), \(q(ExportGraph.describe(edge))), \(q(edge.protocol)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Titles are bare text to the end of the line.
    private static func title(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
