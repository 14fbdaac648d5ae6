/// A library is not a service: the edges its code makes (an in-repo event bus publishing to a
/// broker, an HTTP wrapper calling a host, a shared data layer) are made by every component
/// that is built from it. Each such edge is re-drawn from every deployable user of the library
/// (through `Component.uses`, transitively), with the library's call site as evidence, unless
/// the user's own call sites already reach that node; an edge of a library nobody uses stays
/// where it is.
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

    /// Libraries `component` is built from, directly or through other libraries.
    func libraries(of component: String) -> [String] {
        var result: [String] = []
        var frontier = components.first { $0.id == component }?.uses ?? []
        while !frontier.isEmpty {
            let current = frontier.removeFirst()
            guard !result.contains(current), let library = components.first(where: { $0.id == current && $0.kind == .library }) else { continue }
            result.append(current)
            frontier += library.uses ?? []
        }
        return result
    }

    /// Event-bus facade points (technology `event-bus`) take the broker technology and protocol
    /// of the first library their component is built from that talks to a broker itself.
    func adoptingBrokers(_ points: [IntegrationPoint]) -> [IntegrationPoint] {
        guard points.contains(where: { $0.technology == "event-bus" }) else { return points }
        var brokers: [String: (technology: String, protocol: String)] = [:]
        for point in points where [.publish, .consume, .broker].contains(point.kind) && point.technology != "event-bus" {
            if let owner = point.component, brokers[owner] == nil { brokers[owner] = (point.technology, point.protocol) }
        }
        return points.map { point in
            guard point.technology == "event-bus", let owner = point.component,
                  let broker = libraries(of: owner).lazy.compactMap({ brokers[$0] }).first else { return point }
            var adopted = point
            adopted.technology = broker.technology
            adopted.protocol = broker.protocol
            return adopted
        }
    }

    /// - Parameter storeIDs: the ids of data stores (databases, caches, search, object storage).
    func apply(_ edges: [Edge], resources: Set<String>, storeIDs: Set<String> = []) -> [Edge] {
        let libraries = Set(components.filter { $0.kind == .library }.map(\.id))
        guard !libraries.isEmpty, edges.contains(where: { libraries.contains($0.from) }) else { return edges }
        var collector = EdgeCollector()
        for edge in edges {
            let users = libraries.contains(edge.from) ? self.users(of: edge.from) : []
            if users.isEmpty { collector.add(edge); continue }
            // A client library the library only declares (`boto3` in its requirements, no call
            // site) says nothing about what a user's code reaches: what the library calls is
            // passed on as call edges; its bare dependency is not.
            if edge.strength == .manifest { continue }
            // A user whose own code already reaches that node (an event-bus facade call) keeps
            // its own call sites; the library's generic one is not copied over them.
            // A store the library opens on a connection its user hands over (`UseSqlServer(conn)`)
            // is used only by users that state that connection: their own config or call.
            let toStore = storeIDs.contains(edge.to)
            for user in users where user != edge.to && !edges.contains(where: { $0.from == user && $0.to == edge.to && $0.strength == .call })
                && (!toStore || edges.contains(where: { $0.from == user && $0.to == edge.to && $0.strength == .config })) {
                var copy = edge
                copy.from = user
                collector.add(copy)
            }
        }
        return collector.result(resources: resources)
    }
}
