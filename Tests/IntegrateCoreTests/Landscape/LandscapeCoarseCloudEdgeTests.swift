import Foundation
import Testing
@testable import IntegrateCore

/// A service- or provider-level cloud edge stays only while its component names no resource
/// of that service.
@Suite("Landscape: coarse cloud edges")
struct LandscapeCoarseCloudEdgeTests {
    static let resources = [
        Resource(id: "dynamodb", kind: .database, system: "dynamodb", name: "dynamodb"),
        Resource(id: "dynamodb:orders", kind: .database, system: "dynamodb", name: "orders"),
        Resource(id: "saas:aws", kind: .saas, system: "aws", name: "aws"),
        Resource(id: "aws.eventbridge:bus", kind: .broker, system: "aws.eventbridge", name: "bus"),
        Resource(id: "saas:stripe", kind: .saas, system: "stripe", name: "stripe"),
    ]

    static func edge(_ from: String, _ to: String, _ strength: Edge.Strength = .call) -> Edge {
        Edge(from: from, to: to, protocol: "https", mode: .sync, strength: strength)
    }

    @Test func aNamedResourceOfTheServiceReplacesTheServiceNode() {
        let edges = [Self.edge("checkout", "dynamodb"), Self.edge("checkout", "dynamodb:orders"), Self.edge("audit", "dynamodb")]
        let kept = CoarseCloudEdges(resources: Self.resources).pruning(edges)
        #expect(kept.map { "\($0.from)->\($0.to)" } == ["checkout->dynamodb:orders", "audit->dynamodb"])
    }

    @Test func anyNamedResourceOfTheProviderReplacesTheProviderNode() {
        let edges = [Self.edge("notify", "saas:aws"), Self.edge("notify", "aws.eventbridge:bus", .config),
                     Self.edge("report", "saas:aws"), Self.edge("report", "saas:stripe")]
        let kept = CoarseCloudEdges(resources: Self.resources).pruning(edges)
        #expect(kept.map { "\($0.from)->\($0.to)" } == ["notify->aws.eventbridge:bus", "report->saas:aws", "report->saas:stripe"])
    }

    @Test func aManifestLineNamesNoResource() {
        let edges = [Self.edge("checkout", "dynamodb"), Self.edge("checkout", "dynamodb:orders", .manifest)]
        #expect(CoarseCloudEdges(resources: Self.resources).pruning(edges).count == 2)
    }

    @Test func providersBySystem() {
        #expect(CoarseCloudEdges.provider(ofSystem: "aws.sqs") == "aws")
        #expect(CoarseCloudEdges.provider(ofSystem: "dynamodb") == "aws")
        #expect(CoarseCloudEdges.provider(ofSystem: "gcp.storage") == "gcp")
        #expect(CoarseCloudEdges.provider(ofSystem: "awsome") == nil)
        #expect(CoarseCloudEdges.provider(ofSystem: "redis") == nil)
    }
}
