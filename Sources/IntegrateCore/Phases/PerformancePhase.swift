/// Phase 7, Performance Optimization & Scaling: synchronous call chains, caching, and work that
/// already moves through messaging.
public struct PerformancePhase: IntegrationPhase {
    public let number = 7
    public let title = "Performance Optimization & Scaling"
    static let file = ArtifactFile.performance

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let sync = context.facts.syncChains
        let syncEdges = sync.edges
        let chains = sync.chains.map(\.nodes)
        let audit = context.facts.audit
        let budgets = zip(sync.chains, chains.map { ChainBudget(chain: $0, edges: syncEdges, audit: audit) })
        let startNote = sync.startsUnclassified
            ? " No component was shown to be an entry point (a published port on an HTTP server, a reverse proxy, a frontend, a gateway-like name), so chains start where nothing in the tree calls."
            : ""
        let chainsText = chains.isEmpty ? Markdown.nothingFound("no synchronous call between components")
            : "Each hop adds its latency and its failure probability to the caller's. Longest synchronous chains from an entry point (tooling such as load generators, tests and seeders never counts), each hop bounded by the longest timeout configured on its calls (at the call or in shared setup), summed against the \(TimeoutDuration.format(ChainBudget.objective)) objective for a synchronous request. A status dashboard polling health endpoints and a token authority (keys fetched once and cached) are no hops of a request.\(startNote)\n\n"
                + Markdown.table(["Chain", "Starts at", "Hops", "Timeout per hop", "Worst case"], budgets.map { chain, budget in
                    [budget.chain.map { "`\($0)`" }.joined(separator: " → "), "`\(chain.nodes[0])`: \(chain.start)", "\(budget.hops.count)", budget.hopsText, budget.verdict]
                })
        let caches = landscape.resources.filter { $0.kind == .cache }
        let cachingText = caches.isEmpty ? Markdown.nothingFound("no cache in the landscape")
            : caches.map { "- `\($0.name)` (\($0.system)) used by \($0.usedBy.joined(separator: ", ").ifEmpty("no component found")) (\(Markdown.evidence($0.evidence, limit: 2)))" }.joined(separator: "\n")
        let asyncEdges = landscape.edges.filter { $0.mode == .async && $0.strength != .startOrder }
        let asyncText = asyncEdges.isEmpty ? Markdown.nothingFound("no asynchronous flow")
            : asyncEdges.map { "- `\($0.from)` → `\($0.to)` over \($0.protocol)" + ($0.topic.map { " (`\($0)`)" } ?? "") }.joined(separator: "\n")
        result.sections = [
            Section(file: Self.file, title: "Synchronous Call Chains", markdown: chainsText),
            Section(file: Self.file, title: "Caching", markdown: cachingText),
            Section(file: Self.file, title: "Asynchronous Offload", markdown: asyncText),
        ]
        let callers = Set(syncEdges.map(\.from))
        if caches.isEmpty {
            result.evaluations["p7.caching"] = Evaluation(callers.isEmpty ? .notStarted : .notStarted, callers.isEmpty ? "no synchronous dependency to cache" : "no cache in use")
        } else {
            result.evaluations["p7.caching"] = Evaluation(.inProgress, "\(caches.count) caches in use; check they cover the hot reads", evidence: caches.flatMap(\.evidence))
        }
        result.evaluations["p7.async-offload"] = asyncEdges.isEmpty
            ? Evaluation(.notStarted, "no messaging in use")
            : Evaluation(.inProgress, "\(asyncEdges.count) asynchronous flows; look for slow synchronous calls that could move there", evidence: asyncEdges.flatMap(\.evidence))
        for chain in chains where chain.count > 3 {
            result.findings.append(Finding(
                id: "performance.long-sync-chain", severity: .warning, message: "synchronous chain of \(chain.count - 1) hops: \(chain.joined(separator: " → "))",
                consequence: "latency adds up and any hop's outage fails the whole request", fix: "cache, collapse or make asynchronous one of the hops"))
        }
        return result
    }
}
