/// Phase 6, Monitoring & Observability Setup: health endpoints, telemetry, and objectives with
/// alerts derived from the framework's success metrics.
public struct MonitoringPhase: IntegrationPhase {
    public let number = 6
    public let title = "Monitoring & Observability Setup"
    static let file = ArtifactFile.monitoringSetup
    static let healthPaths = ["health", "healthz", "ready", "readyz", "live", "livez", "ping", "status"]

    public init() {}

    public func run(_ context: PhaseContext) -> PhaseResult {
        let landscape = context.landscape
        var result = PhaseResult(phase: number)
        let services = landscape.components.filter { $0.kind == .service && $0.path != nil }
        let routes = Dictionary(grouping: landscape.productionPoints.filter { point in
            guard point.kind == .inboundHTTP, let path = point.path?.lowercased() else { return false }
            return path.split(separator: "/").contains { Self.healthPaths.contains(String($0)) }
        }, by: { $0.component ?? "" })
        // Health counts as a route, or as shared setup: a mapped health check, gRPC health, a probe.
        let health = Self.health(services, routes: routes, landscape)
        let withoutHealth = services.filter { health[$0.id] == nil }
        let healthText = services.isEmpty ? Markdown.nothingFound("no service with source in the tree")
            : Markdown.table(["Service", "Health endpoint", "Evidence"], services.map { service in
                let found = health[service.id] ?? []
                return [service.name, found.isEmpty ? "**none found**" : found.map { Markdown.code($0.what) }.joined(separator: ", "), Markdown.evidence(found.flatMap(\.evidence), limit: 2)]
            })
        // Telemetry evidence is a metrics or tracing library or its configuration (setup rules), never a word in a URL.
        var telemetry: [String: Evidence] = [:]
        for service in services {
            if let fact = landscape.setup(of: service.id).first(where: { $0.kind == .telemetry }), let evidence = fact.evidence.last { telemetry[service.id] = evidence }
        }
        let telemetryText = services.isEmpty ? Markdown.nothingFound("no service to instrument")
            : Markdown.table(["Service", "Metrics / tracing dependency"], services.map { service in
                [service.name, telemetry[service.id].map { "`\($0.snippet)` (\(Markdown.evidence([$0], limit: 1)))" } ?? "**none found**"]
            })
        result.sections = [
            Section(file: Self.file, title: "Health Endpoints", markdown: healthText),
            Section(file: Self.file, title: "Telemetry", markdown: telemetryText),
            Section(file: Self.file, title: "Objectives and Alerts", markdown: objectives(landscape)),
        ]
        if services.isEmpty {
            result.evaluations["p6.health"] = Evaluation(.notStarted, "no service found")
            result.evaluations["p6.telemetry"] = Evaluation(.notStarted, "no service found")
        } else {
            result.evaluations["p6.health"] = withoutHealth.isEmpty
                ? Evaluation(.done, "every service (\(services.count)) exposes a health endpoint", evidence: health.values.flatMap { $0.flatMap(\.evidence) }.sorted())
                : Evaluation(withoutHealth.count == services.count ? .notStarted : .inProgress, "no health endpoint in \(withoutHealth.map(\.name).joined(separator: ", "))")
            let uninstrumented = services.filter { telemetry[$0.id] == nil }
            result.evaluations["p6.telemetry"] = uninstrumented.isEmpty
                ? Evaluation(.done, "every service depends on a metrics or tracing library", evidence: Array(telemetry.values))
                : Evaluation(telemetry.isEmpty ? .notStarted : .inProgress, "no metrics or tracing dependency in \(uninstrumented.map(\.name).joined(separator: ", "))", evidence: Array(telemetry.values))
        }
        for service in withoutHealth {
            result.findings.append(Finding(
                id: "monitoring.no-health-endpoint", severity: .warning, message: "service `\(service.name)` exposes no health endpoint",
                consequence: "orchestrators and probes cannot tell a hung instance from a healthy one",
                fix: "serve `GET /health` (liveness) and `GET /ready` (readiness, checks its dependencies)", evidence: service.evidence))
        }
        return result
    }

    /// Health per service: routes named like health, and health set up once (setup facts).
    static func health(_ services: [Component], routes: [String: [IntegrationPoint]], _ landscape: Landscape) -> [String: [(what: String, evidence: [Evidence])]] {
        var result: [String: [(what: String, evidence: [Evidence])]] = [:]
        for service in services {
            var found = (routes[service.id] ?? []).map { (what: $0.path ?? "", evidence: $0.evidence) }
            for fact in landscape.setup(of: service.id) where fact.kind == .health {
                let what = fact.value ?? fact.technology
                if !found.contains(where: { $0.what == what }) { found.append((what, fact.evidence)) }
            }
            if !found.isEmpty { result[service.id] = found }
        }
        return result
    }

    /// The SRE workbook's multi-window burn-rate alerts, fastest first.
    static let burnRateTiers: [(name: String, factor: String, long: String, short: String, severity: String)] = [
        ("IntegrationErrorBudgetBurnFast", "14.4", "1h", "5m", "page"),
        ("IntegrationErrorBudgetBurnSlow", "6", "6h", "30m", "page"),
        ("IntegrationErrorBudgetBurnTicket", "1", "3d", "6h", "ticket"),
    ]

    /// Objectives from the framework's success metrics and multi-window burn-rate alerts
    /// (SRE workbook), one rule group per synchronous dependency edge.
    func objectives(_ landscape: Landscape) -> String {
        let flows = landscape.edges.filter { $0.mode == .sync && $0.strength != .startOrder }
        guard !flows.isEmpty else { return Markdown.nothingFound("no synchronous integration to set objectives for") }
        var lines = [
            "Objectives: 99.5% of calls succeed and complete in under 2 s, per integration, over 30 days.",
            "Alerts (multi-window burn rate on the 0.5% error budget): page at 14.4× over 1 h and 5 m, page at 6× over 6 h and 30 m, ticket at 1× over 3 d and 6 h.",
            "They read OpenTelemetry's `http.client.request.duration` histogram as Prometheus exports it (`job` = the calling service).",
            "",
            "```yaml",
            "groups:",
        ]
        for edge in flows {
            lines += ["  - name: integration-\(edge.from)-to-\(edge.to)", "    rules:"]
            for tier in Self.burnRateTiers {
                func ratio(_ window: String) -> String {
                    let selector = "job=\"\(edge.from)\",server_address=\"\(edge.to)\""
                    return "(sum(rate(http_client_request_duration_seconds_count{\(selector),error_type!=\"\"}[\(window)]))"
                        + " / sum(rate(http_client_request_duration_seconds_count{\(selector)}[\(window)])))"
                }
                lines += [
                    "      - alert: \(tier.name)",
                    "        expr: |",
                    "          \(ratio(tier.long)) > \(tier.factor) * 0.005",
                    "          and",
                    "          \(ratio(tier.short)) > \(tier.factor) * 0.005",
                    "        labels: {severity: \(tier.severity), integration: \"\(edge.from)->\(edge.to)\"}",
                    "        annotations: {summary: \"\(edge.from) → \(edge.to) burns its error budget \(tier.factor)× too fast (\(tier.long)/\(tier.short))\"}",
                ]
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }
}
