/// Every name a node of the landscape is reachable by (compose service names, Kubernetes
/// Service names, component ids, resource hosts and names), mapped to the node id.
struct HostIndex {
    private var nodes: [String: String] = [:]

    init(components: [Component], resources: [Resource]) {
        // Resources first, components after: a name claimed by both goes to the component,
        // since a component's hostname is explicit deployment config.
        for resource in resources {
            for name in [resource.id, resource.name] + (resource.host.map { [$0] } ?? []) { nodes[name.lowercased()] = resource.id }
        }
        for component in components {
            for name in component.hostnames { nodes[name.lowercased()] = component.id }
        }
        // A component's own id and name beat a hostname another component also answers to: a
        // Kubernetes Service `payment` whose selector also picks a canary Deployment `payment-fix`
        // still names `payment` (before, whichever came last in the list won).
        for component in components {
            for name in [component.id, component.name] { nodes[name.lowercased()] = component.id }
        }
    }

    /// The node reachable as `host`; cluster DNS names (`orders.shop.svc.cluster.local`) by
    /// their first label.
    func node(_ host: String) -> String? {
        let host = host.lowercased()
        if let node = nodes[host] { return node }
        if host.contains(".svc"), let first = host.split(separator: ".").first { return nodes[String(first)] }
        return nil
    }
}
