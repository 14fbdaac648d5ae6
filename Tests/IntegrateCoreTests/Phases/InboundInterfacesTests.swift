import Testing
@testable import IntegrateCore

@Suite struct InboundInterfacesTests {
    func route(_ component: String, _ method: String, _ path: String, kind: IntegrationPoint.Kind = .inboundHTTP, target: String? = nil) -> IntegrationPoint {
        IntegrationPoint(id: "\(component)\(method)\(path)", rule: "r", component: component, kind: kind, technology: "t", protocol: kind == .grpcServer ? "grpc" : "http",
                         mode: .sync, direction: .receive, target: target, method: kind == .inboundHTTP ? method : nil, path: kind == .inboundHTTP ? path : nil,
                         evidence: [Evidence(path: "\(component)/server.src", line: 3)])
    }

    func api(_ path: String, _ operations: [String], format: APISpec.Format = .openapi) -> ContractCatalog.API {
        ContractCatalog.API(path: path, format: format, title: nil, version: "1", servers: [], operationCount: operations.count, operations: operations,
                            provider: nil, consumers: [], draft: false)
    }

    @Test func aRouteIsCoveredByItsOwnComponentsContractOnly() {
        let landscape = Landscape(
            components: [Component(id: "gateway", name: "gateway", path: "gateway",
                                   evidence: [Evidence(path: "docker-compose.yml", line: 2, snippet: "gateway: build ./gateway ports 8080:8080")]),
                         Component(id: "inventory", name: "inventory", path: "inventory"),
                         Component(id: "worker", name: "worker", path: "worker")],
            points: [route("gateway", "GET", "/api/v1/stock/:sku"), route("inventory", "GET", "/stock/:sku"), route("inventory", "", "", kind: .grpcServer, target: "Inventory")],
            specs: [APISpec(path: "gateway/openapi.yaml", format: .openapi, component: "gateway"),
                    APISpec(path: "inventory/inventory.proto", format: .proto, component: "inventory")])
        let interfaces = InboundInterfaces(landscape, apis: [api("gateway/openapi.yaml", ["GET /stock/{sku}"]), api("inventory/inventory.proto", [], format: .proto)])
        #expect(interfaces.entries.map(\.component) == ["gateway", "inventory"], "a component serving nothing is not listed")
        let gateway = interfaces.entries[0]
        #expect(gateway.interfaces.map(\.contract) == ["gateway/openapi.yaml"], "the gateway's spec covers its route behind the /api/v1 base path")
        #expect(gateway.ports == ["8080:8080"])
        let inventory = interfaces.entries[1]
        #expect(inventory.interfaces.map(\.label) == ["GET /stock/:sku", "gRPC Inventory"])
        #expect(inventory.interfaces.map(\.contract) == [nil, "inventory/inventory.proto"], "the gateway's spec does not cover the inventory's route")
        #expect(interfaces.markdown.contains("`GET /stock/:sku` (**no contract**)"))
        #expect(interfaces.markdown.contains("none published"))
    }

    @Test func sayPlainlyWhenNothingIsServed() {
        #expect(InboundInterfaces(Landscape(components: [Component(id: "a", name: "a", path: "a")]), apis: []).markdown.hasPrefix("_Nothing found"))
    }

    @Test func theSequenceDiagramHasOneLabelledMessagePerHop() {
        let calls = [
            IntegrationPoint(id: "c1", rule: "r", component: "gateway", kind: .outboundHTTP, technology: "t", protocol: "http", mode: .sync, direction: .call,
                             method: "get", path: "/orders/{id}", evidence: []),
            IntegrationPoint(id: "c2", rule: "r", component: "gateway", kind: .outboundHTTP, technology: "t", protocol: "http", mode: .sync, direction: .call,
                             method: "post", path: "/orders", evidence: []),
        ]
        let edges = [Edge(from: "gateway", to: "orders-api", protocol: "http", mode: .sync, strength: .call, points: ["c1", "c2"]),
                     Edge(from: "orders-api", to: "stock", protocol: "grpc", mode: .sync, strength: .config)]
        let diagram = SequenceDiagram(SyncChains.Chain(nodes: ["gateway", "orders-api", "stock"], start: "x"), edges: edges, points: calls)
        #expect(diagram.mermaid == """
            sequenceDiagram
                participant P0 as gateway
                participant P1 as orders-api
                participant P2 as stock
                P0->>P1: GET /orders/{id} (+1 more)
                P1->>P2: grpc
            """)
    }
}
