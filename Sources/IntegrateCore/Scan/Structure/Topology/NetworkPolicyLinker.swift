/// Kubernetes NetworkPolicy ingress as edge evidence: each workload a `from.podSelector`
/// selects may call each workload the policy's `podSelector` selects. The protocol is not
/// stated (`tcp`); an edge of the pair found in code carries the protocol.
struct NetworkPolicyLinker {
    func apply(_ manifests: KubernetesDetector.Manifests, to topology: inout DeclaredTopology) {
        func components(_ labels: [String: String]) -> [String] {
            guard !labels.isEmpty else { return [] }
            let ids = manifests.workloads.filter { workload in labels.allSatisfy { workload.labels[$0.key] == $0.value } }.compactMap { workload in
                topology.facts.components.first {
                    $0.id == StructuralFactsBuilder.identifier(workload.name) || $0.hostnames.contains(workload.name)
                }?.id
            }
            return Array(Set(ids)).sorted()
        }
        for policy in manifests.policies {
            let callees = components(policy.selector)
            for caller in policy.callers {
                for from in components(caller.labels) {
                    for to in callees where to != from {
                        topology.addEdge(Edge(from: from, to: to, protocol: "tcp", mode: .sync, strength: .config, evidence: [caller.evidence]))
                    }
                }
            }
        }
    }
}
