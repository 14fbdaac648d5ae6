import Foundation

/// The counts several phases state, derived once so that every line of `integrate status` and
/// every document gives one number per fact: what an "outbound point", an "outbound call" and an
/// "outbound dependency" are is decided here and nowhere else.
struct IntegrationFacts: Sendable {
    /// Production points that leave their component: calls, publishes, store and cache access.
    var outboundPoints: [IntegrationPoint]
    /// Request/response calls (HTTP, gRPC, GraphQL, SaaS SDK calls; imports and client
    /// constructions left out): what timeouts, retries and breakers are audited on.
    var outboundCalls: [ResilienceAudit.Entry]
    /// What those calls reach, one per dependency of `error-handling.md`.
    var outboundDependencies: [String]
    /// Pact files and contract-testing dependencies in manifests.
    var contractTesting: [Evidence]

    init(_ context: PhaseContext) {
        let landscape = context.landscape
        outboundPoints = landscape.productionPoints.filter(\.isOutbound)
        outboundCalls = ResilienceAudit(landscape: landscape, sources: context.sources).entries
        outboundDependencies = Set(outboundCalls.map { ResiliencePhase.dependency(of: $0.point, in: landscape) }).sorted()
        contractTesting = landscape.specs.filter { $0.format == .pact }.map { Evidence(path: $0.path, line: 1) }
            + landscape.components.flatMap(\.manifests).compactMap { context.sources.find(TestingPhase.contractTools, in: $0) }
    }
}
