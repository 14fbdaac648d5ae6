/// A library is not a service: the edges its code makes (an in-repo event bus publishing to a
/// broker, an HTTP wrapper calling a host, a shared data layer) are made by every component
/// that is built from it. Each such edge is re-drawn from every deployable user of the library
/// (through `Component.uses`, transitively), with the library's call site as evidence; an edge
/// of a library nobody uses stays where it is.
struct LibraryPassThrough {
    let components: [Component]

    /// Deployable components that use `library`, directly or through other libraries.
    func users(of library: String) -> [String] {
        var result: Set<String> = []
        var frontier = [library]
        var seen: Set<String> = [library]
        while let current = frontier.popLast() {
            for component in components where (component.uses ?? []).contains(current) && seen.insert(component.id).inserted {
                if component.kind == .library { frontier.append(component.id) } else { result.insert(component.id) }
            }
        }
        return result.sorted()
    }

    func apply(_ edges: [Edge], resources: Set<String>) -> [Edge] {
        let libraries = Set(components.filter { $0.kind == .library }.map(\.id))
        guard !libraries.isEmpty, edges.contains(where: { libraries.contains($0.from) }) else { return edges }
        var collector = EdgeCollector()
        for edge in edges {
            let users = libraries.contains(edge.from) ? self.users(of: edge.from) : []
            if users.isEmpty { collector.add(edge); continue }
            for user in users where user != edge.to {
                var copy = edge
                copy.from = user
                collector.add(copy)
            }
        }
        return collector.result(resources: resources)
    }
}
