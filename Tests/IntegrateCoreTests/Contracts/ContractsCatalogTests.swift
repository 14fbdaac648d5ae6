import Foundation
import Testing
@testable import IntegrateCore

/// Collection for Phase 1: APIs with provider and consumers, drafts for uncovered routes, index.
@Suite struct ContractsCatalogTests {
    func point(_ kind: IntegrationPoint.Kind, _ component: String, _ method: String, _ path: String, _ file: String, _ line: Int) -> IntegrationPoint {
        IntegrationPoint(id: "r@\(file):\(line)", rule: "r", component: component, kind: kind, technology: "http", protocol: "http",
                         mode: .sync, direction: kind == .inboundHTTP ? .receive : .call, method: method, path: path,
                         evidence: [Evidence(path: file, line: line)])
    }

    @Test func collectsSpecsConsumersAndDrafts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("orders"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try """
            openapi: 3.0.3
            info: {title: Orders API, version: 2.1.0}
            servers: [{url: 'http://orders:8000/v1'}]
            paths:
              /orders/{orderId}:
                get: {responses: {'200': {description: ok}}}
              /orders:
                post: {responses: {'201': {description: ok}}}
            """.write(to: root.appendingPathComponent("orders/openapi.yaml"), atomically: true, encoding: .utf8)
        let landscape = Landscape(
            points: [
                point(.outboundHTTP, "gateway", "GET", "/v1/orders/\\(id)", "gateway/Sources/App/Routes.swift", 30),
                point(.outboundHTTP, "gateway", "DELETE", "/v1/orders/{id}", "gateway/Sources/App/Routes.swift", 40),
                point(.inboundHTTP, "orders", "GET", "/orders/{order_id}", "orders/app/main.py", 12),
                point(.inboundHTTP, "notifications", "POST", "/notify/:channel", "notifications/src/server.js", 8),
            ],
            specs: [APISpec(path: "orders/openapi.yaml", format: .openapi, component: "orders")])
        let result = ContractCatalog().collect(root: root, landscape: landscape)
        let orders = try #require(result.apis.first { $0.path == "orders/openapi.yaml" })
        #expect(orders.title == "Orders API" && orders.version == "2.1.0" && orders.operationCount == 2)
        #expect(orders.servers == ["http://orders:8000/v1"] && orders.provider == "orders")
        #expect(orders.consumers == [ContractCatalog.Consumer(component: "gateway", operation: "GET /orders/{orderId}", evidence: "gateway/Sources/App/Routes.swift:30")])

        let draft = try #require(result.files.first { $0.name == "notifications.draft.openapi.yaml" })
        #expect(draft.contents.contains("x-draft: true") && draft.contents.contains("\"/notify/{channel}\":") && draft.contents.contains("    post:"))
        #expect(!result.files.contains { $0.name == "orders.draft.openapi.yaml" }, "the orders route is covered by its spec")
        let parsed = try SpecLoader().load(text: draft.contents, name: draft.name)
        #expect(parsed.version == .openapi31 && parsed.operations.map(\.label) == ["POST /notify/{channel}"])
        #expect(parsed.operations.first?.parameters.map(\.name) == ["channel"])

        let readme = try #require(result.files.first { $0.name == "README.md" }).contents
        #expect(readme.contains("| Orders API | 2.1.0 | orders | 2 |"))
        #expect(readme.contains("`gateway` calls `GET /orders/{orderId}` at `gateway/Sources/App/Routes.swift:30`"))
        #expect(readme.contains("**(draft)**"))
    }

    @Test func unreadableSpecBecomesADiagnostic() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("catalog-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "openapi: 3.0.0\npaths: [oops\n".write(to: root.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        let result = ContractCatalog().collect(root: root, landscape: Landscape(specs: [APISpec(path: "api.yaml", format: .openapi)]))
        #expect(result.diagnostics.count == 1 && result.diagnostics[0].path == "api.yaml")
    }
}
