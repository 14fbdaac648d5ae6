import Foundation

/// Phase 6, Monitoring & Observability Setup: health endpoints, telemetry, objectives with
/// alerts derived from the framework's success metrics, and the monitoring files generated
/// from the landscape (Prometheus rules and their tests, blackbox probes, a Grafana
/// dashboard), with coverage against the framework's "100% monitoring coverage".
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
        // A health mapping only under a development guard is no health in production.
        let (health, devOnly) = Self.health(services, routes: routes, landscape, sources: context.sources)
        let withoutHealth = services.filter { health[$0.id] == nil }
        let healthText = services.isEmpty ? Markdown.nothingFound("no service with source in the tree")
            : Markdown.table(["Service", "Health endpoint", "Evidence"], services.map { service in
                let found = health[service.id] ?? []
                let dev = (devOnly[service.id] ?? []).map { "\(Markdown.code($0.what)) **development only** (mapped under the guard at \(Markdown.evidence([$0.guardedBy], limit: 1)))" }
                let shown = found.map { Markdown.code($0.what) } + dev
                return [service.name, shown.isEmpty ? "**none found**" : shown.joined(separator: ", "),
                        Markdown.evidence(found.flatMap(\.evidence) + (devOnly[service.id] ?? []).flatMap(\.evidence), limit: 2)]
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

        // The monitoring files, from one plan.
        let endpoints = services.flatMap { service in
            // Only HTTP paths are probed over HTTP; a compose healthcheck or gRPC health has no path.
            Dictionary(grouping: health[service.id] ?? [], by: \.what).sorted { $0.key < $1.key }.compactMap { path, found in
                path.hasPrefix("/") ? HealthEndpoint(component: service.id, path: path, evidence: found.flatMap(\.evidence).sorted()) : nil
            }
        }
        let objectives = ObjectivesFileLoader().load(root: context.root)
        let plan = MonitoringPlan.build(MonitoringPlan.Inputs(
            landscape: landscape, healthEndpoints: endpoints, telemetry: telemetry, convention: context.metricsConvention, objectives: objectives,
            expectations: HealthExpectationReader(root: context.root).expectations(for: endpoints, specs: landscape.specs)))
        result.files = MonitoringFiles.render(plan)

        result.sections = [
            Section(file: Self.file, title: "Health Endpoints", markdown: healthText),
            Section(file: Self.file, title: "Telemetry", markdown: telemetryText),
            Section(file: Self.file, title: "Objectives and Alerts", markdown: MonitoringSetupRenderer.objectives(plan, objectives: objectives)),
            Section(file: Self.file, title: "Monitoring Files", markdown: MonitoringSetupRenderer.files(plan)),
            Section(file: Self.file, title: "Coverage", markdown: MonitoringSetupRenderer.coverage(
                plan, services: services, resources: landscape.resources, health: health.mapValues { $0.flatMap(\.evidence) }, telemetry: telemetry)),
        ]
        if services.isEmpty {
            result.evaluations["p6.health"] = Evaluation(.notStarted, "no service found")
            result.evaluations["p6.telemetry"] = Evaluation(.notStarted, "no service found")
        } else {
            result.evaluations["p6.health"] = withoutHealth.isEmpty
                ? Evaluation(.done, "every service (\(services.count)) exposes a health endpoint", evidence: health.values.flatMap { $0.flatMap(\.evidence) }.sorted())
                : Evaluation(withoutHealth.count == services.count ? .notStarted : .inProgress, "no health endpoint in \(withoutHealth.map(\.name).joined(separator: ", "))"
                    + (devOnly.isEmpty ? "" : " (\(devOnly.keys.sorted().joined(separator: ", ")) map health only in development)"),
                    evidence: devOnly.values.flatMap { $0.map(\.guardedBy) }.sorted())
            let uninstrumented = services.filter { telemetry[$0.id] == nil }
            result.evaluations["p6.telemetry"] = uninstrumented.isEmpty
                ? Evaluation(.done, "every service depends on a metrics or tracing library", evidence: Array(telemetry.values))
                : Evaluation(telemetry.isEmpty ? .notStarted : .inProgress, "no metrics or tracing dependency in \(uninstrumented.map(\.name).joined(separator: ", "))", evidence: Array(telemetry.values))
        }
        for service in withoutHealth {
            let dev = devOnly[service.id] ?? []
            result.findings.append(Finding(
                id: "monitoring.no-health-endpoint", severity: .warning,
                message: "service `\(service.name)` exposes no health endpoint" + (dev.isEmpty ? "" : " in production (\(dev.map(\.what).joined(separator: ", ")) only in development)"),
                consequence: "orchestrators and probes cannot tell a hung instance from a healthy one",
                fix: "serve `GET /health` (liveness) and `GET /ready` (readiness, checks its dependencies)", evidence: service.evidence))
        }
        for diagnostic in objectives.diagnostics {
            result.findings.append(Finding(
                id: "monitoring.objectives-invalid", severity: .error, message: diagnostic.message,
                consequence: "the framework's objectives (99.5% success, p95 under 2 s) apply where the file is wrong",
                fix: "correct `\(ObjectivesFileLoader.path)`",
                evidence: [Evidence(path: diagnostic.path ?? ObjectivesFileLoader.path, line: diagnostic.line ?? 1, snippet: "")]))
        }
        return result
    }

    /// One health endpoint or check as found.
    struct HealthFound {
        var what: String
        var evidence: [Evidence]
    }

    /// One found only under a development guard.
    struct DevelopmentHealth {
        var what: String
        var evidence: [Evidence]
        var guardedBy: Evidence
    }

    /// Health per service: routes named like health, and health set up once (setup facts); apart,
    /// what is mapped only under a development guard (`if (app.Environment.IsDevelopment())`).
    static func health(_ services: [Component], routes: [String: [IntegrationPoint]], _ landscape: Landscape, sources: SourceCache)
        -> (health: [String: [HealthFound]], developmentOnly: [String: [DevelopmentHealth]]) {
        var result: [String: [HealthFound]] = [:]
        var development: [String: [DevelopmentHealth]] = [:]
        for service in services {
            var candidates = (routes[service.id] ?? []).map { HealthFound(what: $0.path ?? "", evidence: $0.evidence) }
            for fact in landscape.setup(of: service.id) where fact.kind == .health {
                let what = fact.value ?? fact.technology
                // The setting is the last evidence; a fact reached through a shared method cites the call first.
                if !candidates.contains(where: { $0.what == what }) { candidates.append(HealthFound(what: what, evidence: fact.evidence)) }
            }
            var found: [HealthFound] = []
            for candidate in candidates {
                if let setting = candidate.evidence.last, let line = DevelopmentOnly.guardLine(of: setting.line, in: sources.lines(setting.path)) {
                    let guardText = sources.lines(setting.path)[line - 1].trimmingCharacters(in: .whitespaces)
                    development[service.id, default: []].append(DevelopmentHealth(
                        what: candidate.what, evidence: candidate.evidence, guardedBy: Evidence(path: setting.path, line: line, snippet: guardText)))
                } else {
                    found.append(candidate)
                }
            }
            if !found.isEmpty { result[service.id] = found }
        }
        return (result, development)
    }
}
