import Foundation
import Testing
@testable import IntegrateCore

/// `integrate merge` resolves a call onto the repository whose API spec is served at the
/// call's host and path prefix.
@Suite struct SpecServerMergeTests {
    typealias Fixture = LandscapeMergerTests

    static func route(_ id: String, component: String, path: String) -> IntegrationPoint {
        IntegrationPoint(id: id, rule: "go.http.route", component: component, kind: .inboundHTTP, technology: "net/http", protocol: "http",
                         mode: .sync, direction: .receive, method: "GET", path: path, evidence: Fixture.evidence("\(component)/main.go", 7))
    }

    /// A repository whose component `api` serves routes and holds a spec served at `servers`.
    static func provider(servers: [String], serves: Bool = true, calls: [String] = []) -> Landscape {
        var points = serves ? [route("r1", component: "api", path: "/api/v1/orders")] : []
        points += calls.enumerated().map { Fixture.call("c\($0.offset)", component: "api", target: $0.element) }
        return Landscape(components: [Fixture.service("api")], points: points,
                         specs: [APISpec(path: "api/openapi.yaml", format: .openapi, title: "Orders", component: "api", servers: servers)])
    }

    static func caller(_ target: String) -> Landscape {
        Landscape(components: [Fixture.service("web")], points: [Fixture.call("p1", component: "web", target: target)], unresolved: [target])
    }

    @Test func aCallToAServersHostAndPathPrefixIsThatSpecsComponent() {
        let (merged, summary) = Fixture.merge([
            ("web", Self.caller("`https://orders.shop.example/api/v1/orders/42`")),
            ("orders", Self.provider(servers: ["https://orders.shop.example:443/api/v1/"])),
        ])
        #expect(merged.edges.map { "\($0.from)->\($0.to)" } == ["web/web->orders/api"])
        #expect(merged.specs.first?.servers == ["https://orders.shop.example:443/api/v1/"])
        #expect(merged.unresolved.isEmpty)
        #expect(summary.crossRepositoryEdges == 1)
    }

    @Test func theServerPathMustBeAWholeSegmentPrefix() {
        for target in ["`https://orders.shop.example/api/v10/orders`", "`https://orders.shop.example/admin`"] {
            let (merged, _) = Fixture.merge([("web", Self.caller(target)), ("orders", Self.provider(servers: ["https://orders.shop.example/api/v1"]))])
            #expect(merged.edges.isEmpty, "\(target)")
        }
    }

    @Test func aVendoredSpecOfAPublicAPINamesNoOne() {
        // billing keeps Stripe's spec and calls Stripe itself: it is a client of that API.
        let (merged, _) = Fixture.merge([
            ("web", Self.caller("`https://api.stripe.com/v1/charges`")),
            ("billing", Self.provider(servers: ["https://api.stripe.com/v1"], calls: ["`https://api.stripe.com/v1/customers`"])),
        ])
        #expect(merged.edges.filter { $0.from == "web/web" }.isEmpty)
        #expect(merged.unresolved.contains("web: `https://api.stripe.com/v1/charges`"))
    }

    @Test func aSpecInAComponentThatServesNoRoutesOrOnLoopbackNamesNoOne() {
        let library = Fixture.merge([("web", Self.caller("`https://orders.shop.example/api/v1/x`")),
                                     ("sdk", Self.provider(servers: ["https://orders.shop.example/api/v1"], serves: false))])
        #expect(library.landscape.edges.isEmpty)
        let loopback = Fixture.merge([("web", Self.caller("`http://localhost:8080/api/v1/x`")), ("orders", Self.provider(servers: ["http://localhost:8080/api/v1"]))])
        #expect(loopback.landscape.edges.isEmpty)
    }

    @Test func twoRepositoriesServingOnePrefixAreAmbiguousAndTheLongestPrefixWins() {
        let ambiguous = Fixture.merge([("web", Self.caller("`https://shop.example/api/v1/x`")),
                                       ("a", Self.provider(servers: ["https://shop.example/api"])), ("b", Self.provider(servers: ["https://shop.example/api"]))])
        #expect(ambiguous.landscape.edges.isEmpty)
        #expect(ambiguous.summary.notes.contains { $0.contains("`shop.example/api` is a spec server of components in several repositories (a/api, b/api)") })
        let longest = Fixture.merge([("web", Self.caller("`https://shop.example/api/v1/x`")),
                                     ("a", Self.provider(servers: ["https://shop.example/api"])), ("b", Self.provider(servers: ["https://shop.example/api/v1"]))])
        #expect(longest.landscape.edges.map(\.to) == ["b/api"])
    }

    @Test func aCallResolvedToAnExternalAPIMovesOntoTheSpecsComponent() {
        let external = Resource(id: "orders.shop.example", kind: .externalAPI, system: "http", name: "orders.shop.example",
                                host: "orders.shop.example", usedBy: ["web"], evidence: Fixture.evidence("src/p1.js", 3))
        let web = Landscape(
            components: [Fixture.service("web")], points: [Fixture.call("p1", component: "web", target: "`https://orders.shop.example/api/v1/orders`")],
            edges: [Edge(from: "web", to: external.id, protocol: "http", mode: .sync, strength: .call, points: ["p1"], evidence: Fixture.evidence("src/p1.js", 3))],
            resources: [external])
        let (merged, _) = Fixture.merge([("web", web), ("orders", Self.provider(servers: ["https://orders.shop.example/api/v1"]))])
        #expect(merged.edges.map { "\($0.from)->\($0.to)" } == ["web/web->orders/api"])
        #expect(merged.resources.isEmpty)
    }
}
