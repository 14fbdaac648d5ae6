import Foundation
import Testing
@testable import IntegrateCore

/// The structural half of Phase 0 on a copy of `Examples/storefront`.
@Suite("Landscape: storefront example")
struct LandscapeStorefrontTests {
    /// The scan of a fresh copy, and the copy (kept alive for the test's duration).
    static func scan() throws -> (ScanResult, StorefrontCopy) {
        let copy = try StorefrontCopy()
        return (try ProjectScanner().scan(root: copy.root), copy)
    }

    @Test func structuralLandscape() throws {
        let (result, copy) = try Self.scan()
        defer { withExtendedLifetime(copy) {} }
        let landscape = result.landscape
        #expect(Set(["gateway", "orders", "notifications", "inventory", "customers", "shipping"]).isSubset(of: Set(landscape.components.map(\.id))))
        let ids = Set(landscape.resources.map(\.id))
        for id in ["postgresql:postgres", "redis:cache", "rabbitmq:rabbitmq", "kafka:kafka", "saas:stripe"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        #expect(landscape.component("orders")?.hostnames.contains("orders") == true)
        #expect(landscape.component("orders")?.image == "registry.example.com/storefront/orders:1.4.0")
        #expect(landscape.specs.contains { $0.format == .openapi && $0.component == "gateway" })
        #expect(landscape.specs.contains { $0.format == .proto && $0.component == "inventory" })
        #expect(landscape.specs.contains { $0.format == .asyncapi && $0.component == "notifications" })
        func hasEdge(_ from: String, _ to: String) -> Bool { landscape.edges.contains { $0.from == from && $0.to == to } }
        #expect(hasEdge("gateway", "orders"))
        #expect(hasEdge("orders", "postgresql:postgres"))
        #expect(hasEdge("orders", "rabbitmq:rabbitmq"))
        #expect(landscape.edges.contains { $0.from == "orders" && $0.to == "inventory" && $0.protocol == "grpc" })
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test func secretValuesNeverLeaveTheScan() throws {
        let (result, copy) = try Self.scan()
        defer { withExtendedLifetime(copy) {} }
        let outputs = [StableJSON.encode(result), SarifRenderer.render(result.landscape), LandscapeTextRenderer.render(result, verbose: true)]
        for output in outputs {
            for secret in ["sk_test_replace_me", "SG.replace_me", "changeme", "guest:guest"] {
                #expect(!output.contains(secret), "\(secret) printed")
            }
        }
    }
}
