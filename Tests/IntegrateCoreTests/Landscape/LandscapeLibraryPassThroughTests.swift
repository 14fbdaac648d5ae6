import Foundation
import Testing
@testable import IntegrateCore

/// A library's edges are drawn from the deployables built from it; event-bus facade calls take
/// the broker of the library; consumers link to their broker; manifest-only edges say so.
@Suite("Landscape: libraries pass through")
struct LandscapeLibraryPassThroughTests {
    static let files = StructureLibraryTests.files

    @Test func aLibraryEdgeIsDrawnFromEveryUser() throws {
        let (facts, _) = try structuralFacts(Self.files)
        let publish = point("csharp.messaging.rabbitmq", "Shared/Bus/RabbitBus.cs", 1, kind: .publish, technology: "rabbitmq",
                            protocol: "amqp", mode: .async, direction: .send, topic: "orders")
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: [publish]))
        let froms = landscape.edges.filter { $0.to == "rabbitmq:rabbit" && $0.strength == .call }.map(\.from).sorted()
        #expect(froms == ["orders", "stock"])
        #expect(!landscape.edges.contains { $0.from == "bus" })
        #expect(landscape.edges.first { $0.from == "orders" }?.evidence.first?.path == "Shared/Bus/RabbitBus.cs")
    }

    @Test func aLibraryNobodyUsesKeepsItsEdge() {
        let library = Component(id: "lib", name: "lib", path: "lib", kind: .library)
        let edge = Edge(from: "lib", to: "redis", protocol: "redis", mode: .sync, strength: .call)
        #expect(LibraryPassThrough(components: [library]).apply([edge], resources: ["redis"]) == [edge])
    }

    @Test func aLibrarysBareDependencyIsNotPassedOn() {
        let library = Component(id: "lib", name: "lib", path: "lib", kind: .library)
        let user = Component(id: "web", name: "web", path: "web", uses: ["lib"])
        let declared = Edge(from: "lib", to: "saas:aws", protocol: "http", mode: .sync, strength: .manifest)
        let called = Edge(from: "lib", to: "redis", protocol: "redis", mode: .sync, strength: .call)
        let edges = LibraryPassThrough(components: [library, user]).apply([declared, called], resources: ["saas:aws", "redis"])
        #expect(edges.map { "\($0.from)->\($0.to)" } == ["web->redis"])
    }

    @Test func eventBusFacadeCallsTakeTheBrokerOfTheirLibrary() throws {
        let (facts, _) = try structuralFacts(Self.files)
        let libraryPublish = point("csharp.rabbitmq.publish", "Shared/Bus/RabbitBus.cs", 1, kind: .publish, technology: "rabbitmq",
                                   protocol: "amqp", mode: .async, direction: .send, topic: "eventName")
        let publish = point("csharp.event-bus.publish", "Services/Orders/Checkout.cs", 3, kind: .publish, technology: "event-bus",
                            protocol: "event-bus", mode: .async, direction: .send, topic: "OrderPlaced")
        let subscribe = point("csharp.event-bus.subscribe", "Services/Stock/Startup.cs", 9, kind: .consume, technology: "event-bus",
                              protocol: "event-bus", mode: .async, direction: .receive, topic: "OrderPlaced")
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: [libraryPublish, publish, subscribe]))
        #expect(landscape.points.filter { $0.rule.hasPrefix("csharp.event-bus") }.allSatisfy { $0.technology == "rabbitmq" && $0.protocol == "amqp" })
        // Producer -> consumer through the event type, producer -> broker and consumer -> broker,
        // each citing its own call site rather than the library's.
        let flow = try #require(landscape.edges.first { $0.from == "orders" && $0.to == "stock" })
        #expect(flow.topic == "OrderPlaced" && flow.strength == .messaging)
        #expect(landscape.edges.first { $0.from == "orders" && $0.to == "rabbitmq:rabbit" }?.evidence.first?.path == "Services/Orders/Checkout.cs")
        let consumer = try #require(landscape.edges.first { $0.from == "stock" && $0.to == "rabbitmq:rabbit" })
        #expect(consumer.points == [subscribe.id] && consumer.mode == .async)
    }

    @Test func aFacadeCallWithoutABusLibraryStaysGeneric() throws {
        let (facts, _) = try structuralFacts(["api/Api.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n"])
        let publish = point("csharp.event-bus.publish", "api/Checkout.cs", 3, kind: .publish, technology: "event-bus",
                            protocol: "event-bus", mode: .async, direction: .send, topic: "OrderPlaced")
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: [publish]))
        #expect(landscape.points.first?.technology == "event-bus")
        #expect(landscape.unresolved == [publish.id])
    }

    @Test func aDeclaredClientLibraryAloneIsAManifestEdge() throws {
        let (facts, _) = try structuralFacts([
            "ledger/pom.xml": "<dependency>\n  <artifactId>lettuce-core</artifactId>\n</dependency>\n",
            "ledger/src/main/java/App.java": "class App {}\n",
        ])
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: []))
        let edge = try #require(landscape.edges.first { $0.from == "ledger" })
        #expect(edge.strength == .manifest)
        #expect(edge.evidence.first?.path == "ledger/pom.xml")
        // A call site makes it a call edge with the manifest line folded in.
        let call = point("java.cache.lettuce", "ledger/src/main/java/App.java", 1, kind: .cache, technology: "redis", protocol: "redis")
        let called = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: [call]))
        #expect(called.edges.filter { $0.from == "ledger" }.map(\.strength) == [.call])
    }
}
