import Testing
@testable import IntegrateCore

@Suite struct HostIndexTests {
    @Test func aComponentsOwnNameBeatsAHostnameAnotherComponentSharesWithIt() {
        // A Kubernetes Service `payment` selects the pods of `payment` and of a canary `payment-fix`.
        let components = [
            Component(id: "payment", name: "payment", path: "payment", hostnames: ["payment"]),
            Component(id: "payment-fix", name: "payment-fix", path: nil, hostnames: ["payment", "payment-fix"]),
        ]
        for order in [components, components.reversed()] {
            let index = HostIndex(components: order, resources: [])
            #expect(index.node("payment") == "payment")
            #expect(index.node("payment-fix") == "payment-fix")
            #expect(index.node("payment.shop.svc.cluster.local") == "payment")
        }
    }

    @Test func aHostnameNoComponentIsCalledStillReachesItsComponent() {
        let index = HostIndex(components: [Component(id: "orders", name: "orders", path: "orders", hostnames: ["orders-api"])],
                              resources: [Resource(id: "postgres", kind: .database, system: "postgres", name: "orders-api")])
        #expect(index.node("orders-api") == "orders", "a component's hostname is explicit deployment config; it beats a resource's name")
        #expect(index.node("inventory") == nil)
    }
}
