import Foundation
import Testing
@testable import IntegrateCore

/// testing-strategy.md's "Tests per Integration": which test files exercise each edge, of which
/// kind, and the edges nothing tests.
@Suite struct IntegrationTestMapTests {
    static func point(_ id: String, component: String, technology: String, protocol proto: String = "http", target: String? = nil,
                      method: String? = nil, path: String? = nil, topic: String? = nil, file: String, scope: IntegrationPoint.Scope) -> IntegrationPoint {
        IntegrationPoint(id: id, rule: "r", component: component, kind: proto == "amqp" ? .publish : .outboundHTTP, technology: technology, protocol: proto,
                         mode: proto == "amqp" ? .async : .sync, direction: proto == "amqp" ? .send : .call, target: target, method: method, path: path,
                         topic: topic, evidence: [Evidence(path: file, line: 3)], scope: scope)
    }

    /// web calls orders over HTTP (`GET /orders/{id}`) and publishes `order.viewed`; orders calls stripe.
    static func landscape(tests: [IntegrationPoint]) -> Landscape {
        let production = [
            point("p1", component: "web", technology: "axios", target: "ORDERS_URL", method: "GET", path: "/orders/{id}", file: "web/client.js", scope: .production),
            point("p2", component: "web", technology: "amqplib", protocol: "amqp", topic: "order.viewed", file: "web/events.js", scope: .production),
            point("p3", component: "orders", technology: "stripe", protocol: "https", target: "api.stripe.com", file: "orders/pay.py", scope: .production),
        ]
        return Landscape(components: [Component(id: "web", name: "web", path: "web"), Component(id: "orders", name: "orders", path: "orders")],
                         points: production + tests,
                         edges: [Edge(from: "web", to: "orders", protocol: "http", mode: .sync, strength: .call, points: ["p1"]),
                                 Edge(from: "web", to: "rabbitmq:broker", protocol: "amqp", mode: .async, strength: .call, topic: "order.viewed", points: ["p2"]),
                                 Edge(from: "orders", to: "saas:stripe", protocol: "https", mode: .sync, strength: .call, points: ["p3"])])
    }

    func map(_ tests: [IntegrationPoint], files: [String: String]) throws -> ([IntegrationTestMap.Row], TestProject) {
        let project = try TestProject(files: files)
        return (IntegrationTestMap(landscape: Self.landscape(tests: tests), sources: SourceCache(root: project.root)).rows, project)
    }

    @Test func aTestNamingTheHostAndPathWithAFakeCountsForThatEdgeOnly() throws {
        let test = Self.point("t1", component: "web", technology: "fetch", target: "\"http://orders:8080/orders/7\"", method: "GET", path: "/orders/7",
                              file: "web/test/orders.test.js", scope: .test)
        let (rows, project) = try map([test], files: ["web/test/orders.test.js": "const nock = require('nock')\n\nnock('http://orders:8080').get('/orders/7').reply(200)\n"])
        _ = project
        let web = try #require(rows.first { $0.edge.to == "orders" })
        let match = try #require(web.matches.first)
        #expect(web.matches.count == 1)
        #expect(match.reasons == ["host `orders`", "path `/orders/7`"], "a different client library: no client reason")
        #expect(match.kinds.map(\.kind) == [.fake])
        #expect(match.kinds.first?.evidence.line == 3, "the line that calls nock")
        #expect(rows.filter { $0.edge.to != "orders" }.allSatisfy { $0.matches.isEmpty }, "an HTTP test does not count for the broker or stripe")
    }

    @Test func aTopicOrTheSameClientCountsAndTheKindComesFromTheFile() throws {
        let publish = Self.point("t2", component: "web", technology: "amqplib", protocol: "amqp", topic: "order.viewed", file: "web/test/events.test.js", scope: .test)
        let stripe = Self.point("t3", component: "orders", technology: "stripe", protocol: "https", file: "orders/tests/test_pay.py", scope: .test)
        let (rows, project) = try map([publish, stripe], files: [
            "web/test/events.test.js": "const { GenericContainer } = require('testcontainers')\n",
            "orders/tests/test_pay.py": "import stripe\n\ndef test_charge():\n    stripe.Charge.create(amount=1)\n",
        ])
        _ = project
        let broker = try #require(rows.first { $0.edge.protocol == "amqp" }?.matches.first)
        #expect(broker.reasons == ["topic `order.viewed`", "client `amqplib`"])
        #expect(broker.kinds.map(\.kind) == [.container])
        let pay = try #require(rows.first { $0.edge.to == "saas:stripe" }?.matches.first)
        #expect(pay.reasons == ["client `stripe`"])
        #expect(pay.kinds.isEmpty, "a test calling the real client shows no fake, container or contract")
    }

    @Test func aTestInAnotherComponentOrOverAnotherProtocolDoesNotCount() throws {
        let elsewhere = Self.point("t4", component: "orders", technology: "axios", target: "\"http://orders:8080/orders/7\"", path: "/orders/7", file: "orders/t.js", scope: .test)
        let grpc = Self.point("t5", component: "web", technology: "grpc", protocol: "grpc", target: "\"http://orders:8080\"", file: "web/g.test.js", scope: .test)
        let (rows, _) = try map([grpc], files: [:])
        #expect(rows.allSatisfy { $0.matches.isEmpty })
        // orders is the edge's other end: a provider-side test naming the path counts for it.
        let (providerSide, _) = try map([elsewhere], files: [:])
        #expect(providerSide.first { $0.edge.to == "orders" }?.matches.first?.reasons == ["host `orders`", "path `/orders/7`"])
    }

    @Test func theSectionListsTestsAndTheIntegrationsNothingTests() throws {
        let test = Self.point("t1", component: "web", technology: "axios", target: "\"http://orders/orders/7\"", method: "GET", path: "/orders/7",
                              file: "web/test/orders.test.js", scope: .test)
        let (rows, _) = try map([test], files: ["web/test/orders.test.js": "// a test\nimport { PactV3 } from '@pact-foundation/pact'\n"])
        let markdown = TestingPhase.perIntegration(rows)
        #expect(markdown.contains("| web → orders (http) | [`web/test/orders.test.js:3`](@root/web/test/orders.test.js#L3) | contract ([`web/test/orders.test.js:2`](@root/web/test/orders.test.js#L2)) | host `orders`, path `/orders/7`, client `axios` |"))
        #expect(markdown.contains("Integrations no test exercises (2 of 3): `web → rabbitmq:broker (amqp, order.viewed)`, `orders → saas:stripe (https)`."))
        #expect(TestingPhase.perIntegration([]).hasPrefix("_Nothing found"))
    }

    @Test func eachKindRuleShowsItsExampleAndNotItsCounterexample() {
        for rule in TestKindRule.all {
            #expect(rule.shows(rule.example.shows), "\(rule.kind)")
            #expect(!rule.shows(rule.example.doesNot), "\(rule.kind)")
        }
    }

    @Test(arguments: [("/orders/{id}", "/orders/7", true), ("/orders/{id}", "/orders/7/lines", false), ("/orders", "/orders?x=1", true), ("/a/b", "/a/c", false),
                      ("/orders/:id", "/orders/7", true), ("/stock/{sku}", "http://inventory:8081/stock/sku-1", true)])
    func testPathsMatchRoutesAsContractsDo(template: String, path: String, expected: Bool) {
        // The map uses the contracts' RouteMatcher, so a route written `:id` or a full URL in a test matches too.
        #expect(RouteMatcher.matches(callMethod: nil, callPath: path, operationMethod: "GET", operationPath: template) == expected)
    }
}
