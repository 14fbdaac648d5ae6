import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: Kubernetes NetworkPolicy")
struct StructureNetworkPolicyTests {
    static func deployment(_ name: String) -> String {
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          template:
            metadata: {labels: {app: \(name)}}
            spec:
              containers: [{name: \(name), image: "example/\(name):1"}]
        ---

        """
    }

    @Test("the policy's podSelector is the callee, each from.podSelector a caller")
    func ingress() throws {
        let manifests = Self.deployment("ledger") + Self.deployment("web") + Self.deployment("batch") + """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: ledger-ingress}
            spec:
              podSelector:
                matchLabels: {app: ledger}
              ingress:
                - from:
                    - podSelector:
                        matchLabels: {app: web}
            """
        let (facts, _) = try structuralFacts(["k8s/all.yaml": manifests])
        let edge = try #require(facts.edges.first { $0.from == "web" && $0.to == "ledger" })
        #expect(edge.strength == .config && edge.evidence.first?.path == "k8s/all.yaml")
        #expect(!facts.edges.contains { $0.from == "batch" })
    }

    @Test("a policy without pod selectors in its ingress links nothing")
    func noPeers() throws {
        let manifests = Self.deployment("ledger") + """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata: {name: deny-all}
            spec:
              podSelector: {}
              ingress:
                - from:
                    - ipBlock: {cidr: 10.0.0.0/8}
            """
        let (facts, _) = try structuralFacts(["k8s/all.yaml": manifests])
        #expect(facts.edges.isEmpty)
    }
}
