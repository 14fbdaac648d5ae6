/// A Structurizr DSL workspace of the landscape.
///
/// The system's components, data stores (tag `Database`) and brokers (tag `Queue`) are
/// containers of one software system; SaaS and external APIs are software systems of their own
/// (tag `External`). Every edge is one relationship with its description and technology, so
/// one pair may have several. All elements are defined before the first relationship, so every
/// identifier is defined before it is used.
struct StructurizrExporter: Sendable {
    let graph: ExportGraph
    let options: ExportOptions

    func render() -> String {
        var ids = ExportNames()
        let system = ids.assign("\u{0}system", preferred: options.systemName, sanitize: ExportNames.identifier)
        for node in graph.nodes { ids.assign(node.id, preferred: node.id, sanitize: ExportNames.identifier) }
        let q = ExportText.dsl
        var lines = [
            "workspace \(q(options.systemName)) \(q("Integration landscape of \(options.systemName), mapped by integrate from its source tree")) {",
            "    model {",
            "        \(system) = softwareSystem \(q(options.systemName)) \(q("the project")) {",
        ]
        for node in graph.nodes where !node.isExternal {
            guard let id = ids[node.id] else { continue }
            let tag: String
            switch node.role {
            case .store: tag = " \(q("Database"))"
            case .broker: tag = " \(q("Queue"))"
            case .component, .external: tag = ""
            }
            lines.append("            \(id) = container \(q(node.name)) \(q(node.kindDescription)) \(q(node.technology))\(tag)")
        }
        lines.append("        }")
        for node in graph.nodes where node.isExternal {
            guard let id = ids[node.id] else { continue }
            lines.append("        \(id) = softwareSystem \(q(node.name)) \(q("\(node.kindDescription) (\(node.technology))")) \(q("External"))")
        }
        var used: Set<String> = []
        for edge in graph.edges {
            guard let from = ids[edge.from], let to = ids[edge.to] else { continue }
            var description = ExportGraph.describe(edge)
            var counter = 2
            while used.contains("\(from)>\(to)>\(description)") {
                description = ExportGraph.describe(edge) + " #\(counter)"
                counter += 1
            }
            used.insert("\(from)>\(to)>\(description)")
            lines.append("        \(from) -> \(to) \(q(description)) \(q(edge.protocol))")
        }
        lines += [
            "    }",
            "    views {",
            "        container \(system) \(q("containers")) {",
            "            include *",
            "            autoLayout lr",
            "        }",
            "        styles {",
            "            element \(q("Database")) {",
            "                shape cylinder",
            "            }",
            "            element \(q("Queue")) {",
            "                shape pipe",
            "            }",
            "            element \(q("External")) {",
            "                background #999999",
            "            }",
            "        }",
            "    }",
            "}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
