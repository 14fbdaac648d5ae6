import Foundation
@testable import IntegrateCore

/// Landscapes the export tests run on: the example's committed landscape, and a small one
/// with names no target format accepts as they are.
enum ExportFixtures {
    static func storefront() throws -> Landscape {
        let url = StorefrontGoldenTests.example.appendingPathComponent(".claude/integrations/.integrate/landscape.json")
        return try JSONDecoder().decode(Landscape.self, from: Data(contentsOf: url))
    }

    /// Awkward names: spaces, slashes, a leading dash, 80 characters, two ids that sanitize to
    /// one name, an edge to a node that does not exist, two edges between one pair.
    static func awkward() -> Landscape {
        let long = String(repeating: "very-long-service-name-", count: 4)
        return Landscape(
            components: [
                Component(id: "-web app/", name: "Web \"App\"", path: "web"),
                Component(id: "web.app", name: "web.app", path: "web2"),
                Component(id: long, name: long, path: "long"),
                Component(id: "9lives", name: "9lives", path: nil, kind: .job),
            ],
            edges: [
                Edge(from: "-web app/", to: "web.app", protocol: "http", mode: .sync, strength: .call),
                Edge(from: "-web app/", to: "web.app", protocol: "grpc", mode: .sync, strength: .config),
                Edge(from: "-web app/", to: "web.app", protocol: "http", mode: .sync, strength: .call),
                Edge(from: long, to: "saas:pay me", protocol: "https", mode: .sync, strength: .call),
                Edge(from: "9lives", to: "nowhere", protocol: "http", mode: .sync, strength: .call),
                Edge(from: "web.app", to: "kafka:bus", protocol: "kafka", mode: .async, strength: .call, topic: "a \"quoted\" topic"),
            ],
            resources: [
                Resource(id: "saas:pay me", kind: .saas, system: "pay me", name: "pay me"),
                Resource(id: "kafka:bus", kind: .broker, system: "kafka", name: "bus", host: "bus"),
            ],
            specs: [
                APISpec(path: "web/openapi.yaml", format: .openapi, title: "Web", component: "-web app/"),
                APISpec(path: "pacts/web-orders.json", format: .pact),
            ])
    }

    static let all: [(String, Landscape)] = {
        var out = [("awkward", awkward())]
        if let storefront = try? storefront() { out.append(("storefront", storefront)) }
        return out
    }()
}
