/// The names each repository's components are reachable by, for linking calls across
/// repositories: deployed hostnames (compose services, Kubernetes Services), the component's
/// own id and name. Cluster DNS names (`orders.shop.svc.cluster.local`)
/// are read by their first label, as `HostIndex` does inside one repository.
struct CrossRepositoryHosts {
    /// Lowercased name -> merged component ids that claim it.
    private var names: [String: Set<String>] = [:]
    private let repositoryOf: [String: String]

    init(components: [Component], repositoryOf: [String: String]) {
        self.repositoryOf = repositoryOf
        for component in components where component.tier == nil {
            let local = component.id.split(separator: "/", maxSplits: 1).last.map(String.init) ?? component.id
            for name in [local, component.name] + component.hostnames { names[name.lowercased(), default: []].insert(component.id) }
        }
    }

    /// The one component outside `repository` reachable by any of `hosts`; `nil` when none is,
    /// or when two are (noted).
    func component(for hosts: [String], notIn repository: String, notes: inout [String]) -> String? {
        for host in hosts {
            let host = host.lowercased()
            var claimed = names[host]
            if claimed == nil, host.contains(".svc"), let first = host.split(separator: ".").first { claimed = names[String(first)] }
            let others = (claimed ?? []).filter { repositoryOf[$0] != repository }
            if others.count == 1 { return others.first }
            if others.count > 1 {
                notes.append("`\(host)` names components in several repositories (\(others.sorted().joined(separator: ", "))): left unresolved")
            }
        }
        return nil
    }
}
