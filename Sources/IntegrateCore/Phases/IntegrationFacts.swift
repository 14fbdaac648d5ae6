import Foundation

/// The counts several phases state, derived once per run (the phase context carries them) so that
/// every line of `integrate status` and every document gives one number per fact: what an
/// "outbound point", an "outbound call" and an "outbound dependency" are is decided here and
/// nowhere else. The resilience audit and the contract catalog several phases read are built here
/// once, not once per phase.
struct IntegrationFacts: Sendable {
    /// Production points that leave their component: calls, publishes, store and cache access.
    var outboundPoints: [IntegrationPoint]
    /// Timeouts, retries, breakers and bulkheads at each outbound call.
    var audit: ResilienceAudit
    /// Request/response calls (HTTP, gRPC, GraphQL, SaaS SDK calls; imports and client
    /// constructions left out): what timeouts, retries and breakers are audited on.
    var outboundCalls: [ResilienceAudit.Entry] { audit.entries }
    /// What those calls reach, one per dependency of `error-handling.md`.
    var outboundDependencies: [String]
    /// Pact files and contract-testing dependencies in manifests.
    var contractTesting: [Evidence]
    /// Every contract of the landscape, read and parsed once.
    var catalog: ContractCatalog.Result
    /// Synchronous chains from the entry points (Phase 0's diagram, Phase 7's budget).
    var syncChains: SyncChains

    init(root: URL, landscape: Landscape, sources: SourceCache) {
        outboundPoints = landscape.productionPoints.filter(\.isOutbound)
        audit = ResilienceAudit(landscape: landscape, sources: sources)
        outboundDependencies = Set(audit.entries.map { ResiliencePhase.dependency(of: $0.point, in: landscape) }).sorted()
        contractTesting = landscape.specs.filter { $0.format == .pact }.map { Evidence(path: $0.path, line: 1) }
            + landscape.components.flatMap(\.manifests).compactMap { sources.find(TestingPhase.contractTools, in: $0) }
        catalog = ContractCatalog().collect(root: root, landscape: landscape)
        syncChains = SyncChains(landscape)
    }
}
