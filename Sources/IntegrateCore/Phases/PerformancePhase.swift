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
        let componentIDs = Set(landscape.components.map(\.id))
        let syncEdges = landscape.edges.filter { $0.mode == .sync && $0.strength != .startOrder && componentIDs.contains($0.from) && componentIDs.contains($0.to) }
        let chains = Self.longestChains(syncEdges)
        let audit = ResilienceAudit(landscape: landscape, sources: context.sources)
        let budgets = chains.map { ChainBudget(chain: $0, edges: syncEdges, audit: audit) }
        let chainsText = chains.isEmpty ? Markdown.nothingFound("no synchronous call between components")
            : "Each hop adds its latency and its failure probability to the caller's. Longest synchronous chains, each hop bounded by the longest timeout configured on its calls (at the call or in shared setup), summed against the \(TimeoutDuration.format(ChainBudget.objective)) objective for a synchronous request:\n\n"
                + Markdown.table(["Chain", "Hops", "Timeout per hop", "Worst case"], budgets.map { budget in
                    [budget.chain.map { "`\($0)`" }.joined(separator: " → "), "\(budget.hops.count)", budget.hopsText, budget.verdict]
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

    /// The longest simple paths through the synchronous call graph, longest first (at most 5).
    static func longestChains(_ edges: [Edge]) -> [[String]] {
        let next = Dictionary(grouping: edges, by: \.from).mapValues { Array(Set($0.map(\.to))).sorted() }
        var best: [[String]] = []
        func walk(_ path: [String]) {
            guard let last = path.last else { return }
            let options = (next[last] ?? []).filter { !path.contains($0) }
            if options.isEmpty {
                if path.count > 1 { best.append(path) }
                return
            }
            for option in options { walk(path + [option]) }
        }
        let targets = Set(edges.map(\.to))
        let starts = Set(edges.map(\.from)).filter { !targets.contains($0) }
        for start in (starts.isEmpty ? Set(edges.map(\.from)) : starts).sorted() { walk([start]) }
        return Array(best.sorted { $0.count != $1.count ? $0.count > $1.count : $0.joined() < $1.joined() }.prefix(5))
    }
}
