/// Phase 4, Error Handling & Resilience Patterns: a resilience audit of every outbound call.
public struct ResiliencePhase: IntegrationPhase {
    public let number = 4
    public let title = "Error Handling & Resilience Patterns"
    static let file = ArtifactFile.errorHandling

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let audit = ResilienceAudit(landscape: context.landscape, sources: context.sources)
        var result = PhaseResult(phase: number)
        let entries = audit.entries
        let targets = Dictionary(grouping: entries, by: { $0.point.target ?? $0.point.technology })
        let dependencies = entries.isEmpty ? Markdown.nothingFound("no outbound call in production code")
            : Markdown.table(["Target", "Technology", "Callers", "Calls"], targets.keys.sorted().map { key in
                let group = targets[key] ?? []
                return [Markdown.code(key), Set(group.map(\.point.technology)).sorted().joined(separator: ", "),
                        Set(group.compactMap(\.point.component)).sorted().joined(separator: ", ").ifEmpty("—"), "\(group.count)"]
            })
        let auditText = entries.isEmpty ? Markdown.nothingFound("no outbound call to audit")
            : Markdown.table(["Call", "Component", "Timeout", "Retry", "Circuit breaker", "Without a timeout"], entries.map { entry in
                [Markdown.evidence(entry.point.evidence, limit: 1), entry.point.component ?? "—",
                 entry.timeout.map { "yes (\(Markdown.evidence([$0], limit: 1)))" }
                    ?? entry.clientTimeout.map { "on the client (\(Markdown.evidence([$0], limit: 1)))" } ?? "**missing**",
                 entry.retry.map { "yes (\(Markdown.evidence([$0], limit: 1)))" } ?? "none seen",
                 entry.breaker.map { "yes (\(Markdown.evidence([$0], limit: 1)))" } ?? "none seen",
                 entry.libraryDefault]
            }) + "\n\nTimeouts are looked for within 6 lines of the call, then as client-level settings in the component's other files that hold integration points; retries and breakers anywhere in the call's file. Comments do not count."
        let policies = """
            Defaults proposed from the framework's success metrics (<2 s for synchronous calls, >99.5% success):

            | Policy | Proposal |
            |---|---|
            | Timeout | 2 s per attempt for synchronous calls; an overall deadline of 5 s including retries |
            | Retry | at most 3 attempts, only idempotent operations and 429/502/503/504/timeouts; exponential backoff 100 ms × 2ⁿ with full jitter, capped at 2 s; honour `Retry-After` up to the cap |
            | Retry budget | token bucket: a failure costs 1 token, a success refunds 0.1; retry only while more than half the tokens remain |
            | Circuit breaker | open at ≥50% failures (or ≥80% calls slower than 2 s) over the last 100 calls, minimum 20 calls; stay open 30 s; 5 trial calls half-open, back to open if they do not finish within 10 s |
            | Bulkhead | at most 20 concurrent calls per dependency, 10 waiting for at most 100 ms |

            Swift services can take these from `IntegrationKit` (see `docs/IntegrationKit.md` in the integrate repository).
            """
        result.sections = [
            Section(file: Self.file, title: "Outbound Dependencies", markdown: dependencies),
            Section(file: Self.file, title: "Resilience Audit", markdown: auditText),
            Section(file: Self.file, title: "Recommended Policies", markdown: entries.isEmpty ? Markdown.nothingFound("no outbound dependency to set policies for") : policies),
        ]
        result.evaluations = evaluate(entries)
        for entry in entries where entry.timeout == nil && entry.clientTimeout == nil {
            result.findings.append(Finding(
                id: "resilience.no-timeout", severity: entry.severity,
                message: "outbound call to \(Markdown.code(entry.point.target ?? entry.point.technology)) in `\(entry.point.component ?? "?")` has no timeout",
                consequence: "\(entry.libraryDefault); a slow dependency holds the caller's resources until then",
                fix: "set a timeout on the call or its client (2 s for synchronous calls)", evidence: entry.point.evidence))
        }
        return result
    }

    func evaluate(_ entries: [ResilienceAudit.Entry]) -> [String: Evaluation] {
        guard !entries.isEmpty else {
            let none = Evaluation(.notStarted, "no outbound call found")
            return ["p4.timeouts": none, "p4.retries": none, "p4.circuit-breakers": none]
        }
        func judge(_ have: [ResilienceAudit.Entry], _ what: String) -> Evaluation {
            let missing = entries.filter { entry in !have.contains(entry) }
            if missing.isEmpty { return Evaluation(.done, "all \(entries.count) outbound calls have \(what)") }
            let marker: Marker = have.isEmpty ? .notStarted : .inProgress
            return Evaluation(marker, "\(missing.count) of \(entries.count) outbound calls have no \(what)", evidence: missing.flatMap(\.point.evidence))
        }
        return [
            "p4.timeouts": judge(entries.filter { $0.timeout != nil || $0.clientTimeout != nil }, "timeout"),
            "p4.retries": judge(entries.filter { $0.retry != nil }, "retry policy"),
            "p4.circuit-breakers": judge(entries.filter { $0.breaker != nil }, "circuit breaker"),
        ]
    }
}
