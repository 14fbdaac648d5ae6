/// Phase 4, Error Handling & Resilience Patterns: per dependency, the timeout, retries, breaker and
/// bulkhead its callers have (at the call or in shared setup), every call site, and what happens
/// to failed messages.
public struct ResiliencePhase: IntegrationPhase {
    public let number = 4
    public let title = "Error Handling & Resilience Patterns"
    static let file = ArtifactFile.errorHandling

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        let audit = context.facts.audit
        var result = PhaseResult(phase: number)
        let entries = audit.entries
        let dependencies = entries.isEmpty ? Markdown.nothingFound("no outbound call in production code") : dependencyTable(entries, landscape)
        let auditText = entries.isEmpty ? Markdown.nothingFound("no outbound call to audit")
            : Markdown.table(["Call", "Component", "Timeout", "Retry", "Circuit breaker", "Bulkhead", "Without a timeout"], entries.map { entry in
                [Markdown.evidence(entry.point.evidence, limit: 1), entry.point.component ?? "—",
                 Self.cell(entry.settings[.timeout], missing: "**missing**" + (entry.unpassed.map { ": \($0.text)" } ?? "")), Self.cell(entry.settings[.retry]),
                 Self.cell(entry.settings[.circuitBreaker]), Self.cell(entry.settings[.bulkhead]), entry.libraryDefault]
            }) + "\n\nA timeout counts at the call (within 6 lines) or in the component's shared setup; retries, breakers and bulkheads count in shared setup (client defaults, a configured client, a resilience pipeline, Resilience4j configuration) or on the function around the call (a decorator or annotation). Comments do not count."
        let callers = Set(entries.compactMap { $0.point.evidence.first.flatMap { Language.detect(path: $0.path) } })
        result.sections = [
            Section(file: Self.file, title: "Outbound Dependencies", markdown: dependencies),
            Section(file: Self.file, title: "Resilience Audit", markdown: auditText),
            Section(file: Self.file, title: "Messaging Failures", markdown: messaging(landscape)),
            Section(file: Self.file, title: "Recommended Policies", markdown: entries.isEmpty ? Markdown.nothingFound("no outbound dependency to set policies for") : ResiliencePolicies.render(callers: callers)),
        ]
        result.evaluations = evaluate(entries)
        for entry in entries where entry.settings[.timeout] == nil {
            result.findings.append(Finding(
                id: "resilience.no-timeout", severity: entry.severity,
                message: "outbound call to \(Markdown.code(entry.point.target ?? entry.point.technology)) in `\(entry.point.component ?? "?")` has no timeout",
                consequence: (entry.unpassed.map { "a timeout is \($0.text); " } ?? "") + "\(entry.libraryDefault); a slow dependency holds the caller's resources until then",
                fix: "set a timeout on the call or its client (2 s for synchronous calls)", evidence: entry.point.evidence))
        }
        return result
    }

    /// One row per dependency (the node a call resolves to, else its target as written).
    func dependencyTable(_ entries: [ResilienceAudit.Entry], _ landscape: Landscape) -> String {
        let byDependency = Dictionary(grouping: entries) { Self.dependency(of: $0.point, in: landscape) }
        let rows = byDependency.keys.sorted().map { key -> [String] in
            let group = byDependency[key] ?? []
            let defaults = Set(group.map(\.libraryDefault)).sorted().joined(separator: "; ")
            // A target no node of the landscape answers to is shown as written, and said to be unresolved.
            let resolved = group.contains { Self.resolvedNode(of: $0.point, in: landscape) != nil }
            return [Markdown.code(key) + (resolved ? "" : " (not resolved: the target as written)"), Set(group.compactMap(\.point.component)).sorted().joined(separator: ", ").ifEmpty("—"), "\(group.count)",
                    Self.summary(group, .timeout, missing: "none: client default (\(defaults))"), Self.summary(group, .retry),
                    Self.summary(group, .circuitBreaker), Self.summary(group, .bulkhead)]
        }
        return Markdown.table(["Dependency", "Callers", "Calls", "Timeout", "Retries", "Circuit breaker", "Bulkhead"], rows)
    }

    /// The landscape node a call reaches (`orders`, `saas:stripe`), or its target as written.
    static func dependency(of point: IntegrationPoint, in landscape: Landscape) -> String {
        resolvedNode(of: point, in: landscape) ?? point.target ?? point.technology
    }

    /// The name of the landscape node a call's edge reaches, when it has one.
    static func resolvedNode(of point: IntegrationPoint, in landscape: Landscape) -> String? {
        guard let edge = landscape.edges.first(where: { $0.points.contains(point.id) && $0.strength != .startOrder }) else { return nil }
        return landscape.component(edge.to)?.name ?? landscape.resources.first { $0.id == edge.to }?.name ?? edge.to
    }

    /// A dependency's setting of one kind across its calls.
    static func summary(_ group: [ResilienceAudit.Entry], _ kind: SetupFact.Kind, missing: String = "none") -> String {
        let settings = group.compactMap { $0.settings[kind] }
        guard !settings.isEmpty else { return missing }
        var seen: Set<String> = []
        let distinct = settings.map { cell($0, missing: "") }.filter { seen.insert($0).inserted }
        let share = settings.count == group.count ? "" : "\(settings.count) of \(group.count) calls: "
        return share + distinct.joined(separator: "; ")
    }

    /// `` `value` `` in shared setup or at the call, with where.
    static func cell(_ setting: ResilienceAudit.Setting?, missing: String = "none seen") -> String {
        guard let setting else { return missing }
        let value = setting.place == .callSite ? "" : (setting.value ?? setting.technology).map { "\(Markdown.code($0)) " } ?? ""
        return "\(value)\(setting.placeName) (\(Markdown.evidence(Array(setting.evidence.suffix(1)), limit: 1)))"
    }

    /// Publishers with their broker, publish retries as configured, and dead-letter handling.
    func messaging(_ landscape: Landscape) -> String {
        let publishes = landscape.productionPoints.filter { $0.kind == .publish }
        let consumes = landscape.productionPoints.filter { $0.kind == .consume }
        guard !publishes.isEmpty || !consumes.isEmpty else { return Markdown.nothingFound("no message producer or consumer") }
        let components = Set((publishes + consumes).compactMap(\.component)).sorted()
        let rows = components.map { component -> [String] in
            let own = landscape.setup(of: component)
            let deadLetters = own.filter { $0.kind == .deadLetter }
            let technologies = Set((publishes + consumes).filter { $0.component == component }.map(\.technology)).sorted()
            let published = publishes.filter { $0.component == component }.count
            let consumed = consumes.filter { $0.component == component }.count
            return [component, technologies.joined(separator: ", "), "\(published) / \(consumed)",
                    published == 0 ? "—" : technologies.map { Self.publishDefault($0) }.joined(separator: "; "),
                    consumed == 0 ? "—" : deadLetters.isEmpty ? "**none found**: a message that keeps failing is redelivered or lost"
                        : deadLetters.map { "\(Markdown.code($0.value ?? $0.technology)) (\(Markdown.evidence($0.evidence, limit: 1)))" }.joined(separator: "; ")]
        }
        return Markdown.table(["Component", "Broker client", "Publishes / consumes", "Publish retries (client default)", "Dead-letter handling"], rows)
    }

    /// What a broker client does on a failed publish when nothing is configured.
    static func publishDefault(_ technology: String) -> String {
        switch technology.lowercased() {
        case let name where name.contains("kafka"): "`\(technology)`: producer retries until `delivery.timeout.ms` (120 s)"
        case let name where name.contains("rabbit") || name.contains("amqp"): "`\(technology)`: no retry; unconfirmed unless a confirm channel is used"
        case let name where name.contains("sqs") || name.contains("sns"): "`\(technology)`: AWS SDK standard retry mode, 3 attempts"
        case let name where name.contains("nats"): "`\(technology)`: core NATS publish is fire-and-forget"
        default: "`\(technology)`: not known"
        }
    }

    func evaluate(_ entries: [ResilienceAudit.Entry]) -> [String: Evaluation] {
        guard !entries.isEmpty else {
            let none = Evaluation(.notStarted, "no outbound call found")
            return ["p4.timeouts": none, "p4.retries": none, "p4.circuit-breakers": none]
        }
        func judge(_ kinds: [SetupFact.Kind], _ what: String) -> Evaluation {
            let missing = entries.filter { entry in kinds.contains { entry.settings[$0] == nil } }
            if missing.isEmpty { return Evaluation(.done, "all \(entries.count) outbound calls have \(what)") }
            let marker: Marker = missing.count == entries.count ? .notStarted : .inProgress
            return Evaluation(marker, "\(missing.count) of \(entries.count) outbound calls have no \(what)", evidence: missing.flatMap(\.point.evidence))
        }
        return [
            "p4.timeouts": judge([.timeout], "timeout"),
            "p4.retries": judge([.retry], "retry policy"),
            "p4.circuit-breakers": judge([.circuitBreaker, .bulkhead], "circuit breaker and bulkhead"),
        ]
    }
}
