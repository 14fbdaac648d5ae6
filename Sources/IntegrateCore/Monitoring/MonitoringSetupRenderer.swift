import Foundation

/// The sections of `monitoring-setup.md` that describe a monitoring plan: objectives and
/// alerts, the generated files, and coverage against "100% monitoring coverage".
enum MonitoringSetupRenderer {
    static func objectives(_ plan: MonitoringPlan, objectives: ObjectivesFileLoader.Objectives) -> String {
        var lines: [String] = []
        let defaults = objectives.defaults
        let source = defaults.source.map { "set in \(Markdown.evidence([$0], limit: 1))" }
            ?? (objectives.fileFound ? "the framework's success metrics; `\(ObjectivesFileLoader.path)` changes no default" : "the framework's success metrics; `\(ObjectivesFileLoader.path)` can set them per dependency")
        lines.append("Default objectives: \(defaults.successPercent.plain)% of calls succeed over 30 days, p95 of synchronous calls under \(defaults.latencySeconds.plain) s (\(source)).")
        lines.append("Alerts (multiwindow burn rate on the error budget, the SRE workbook's and Sloth's windows): page at 14.4× over 1 h and 5 m or 6× over 6 h and 30 m; ticket at 3× over 1 d and 2 h or 1× over 3 d and 6 h; only with at least \(defaults.minimumCalls) calls in the long window (low-traffic guard). A latency ticket fires when p95 exceeds the objective over 30 m and 5 m.")
        for diagnostic in objectives.diagnostics {
            lines.append("- **error** in \(Markdown.evidence([Evidence(path: diagnostic.path ?? ObjectivesFileLoader.path, line: diagnostic.line ?? 1, snippet: "")], limit: 1)): \(diagnostic.message)")
        }
        lines.append("")
        guard !plan.integrations.isEmpty else {
            lines.append(Markdown.nothingFound("no outbound integration to set objectives for; the rules file holds only the probe alert"))
            return lines.joined(separator: "\n")
        }
        lines.append(Markdown.table(["Integration", "Metric (convention)", "Success", "p95 latency", "Objective from", "Evidence"], plan.integrations.map { integration in
            [
                integration.title,
                "`\(integration.family.name)` (\(integration.convention.rawValue))",
                "\(integration.objective.successPercent.plain)%",
                integration.hasLatencyObjective ? "< \(integration.objective.latencySeconds.plain) s" : "— (asynchronous)",
                integration.objective.source.map { Markdown.evidence([$0], limit: 1) } ?? "framework",
                Markdown.evidence(integration.evidence, limit: 1),
            ]
        }))
        lines.append("")
        lines.append("Series selectors: `job` is the calling service's scrape job (its OpenTelemetry `service.name`); the dependency is matched by its host in the metric's address label. How each caller's convention was chosen:")
        lines.append("")
        let byCaller = Dictionary(grouping: plan.integrations, by: \.caller)
        for caller in byCaller.keys.sorted() {
            guard let items = byCaller[caller], let first = items.first else { continue }
            var line = "- `\(caller)`: \(first.callerConvention.rawValue), \(first.conventionReason)"
            let fallback = Set(items.filter { $0.convention != $0.callerConvention }.map(\.kind.rawValue)).sorted()
            if !fallback.isEmpty {
                line += "; OpenTelemetry's names for \(fallback.joined(separator: ", ")) calls (\(first.callerConvention.title) has no such client metric)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    static func files(_ plan: MonitoringPlan) -> String {
        let rules = plan.integrations.count
        let probes = Dictionary(grouping: plan.probes, by: \.kind)
        func link(_ file: String) -> String { "[`\(file)`](\(file))" }
        var lines = [
            "Generated on every run from the landscape, loadable as they are; edit one and `integrate` keeps it (delete it to regenerate). Your own files beside them are never touched.",
            "",
            Markdown.table(["File", "What it holds", "Check"], [
                [link(ArtifactFile.monitoringRules),
                 rules == 0 ? "the probe alert only: no outbound integration found" : "\(rules) integration\(rules == 1 ? "" : "s"): call rate and error ratio over 8 windows, p95 latency, page / ticket / latency alerts; the probe alert",
                 "`promtool check rules`"],
                [link(ArtifactFile.monitoringRuleTests), "unit tests: failing and slow integrations page and open tickets, healthy ones stay quiet, low traffic stays quiet", "`promtool test rules`"],
                [link(ArtifactFile.monitoringScrapeConfig),
                 plan.probes.isEmpty ? "a Prometheus configuration loading the rules; no probe found" : "a Prometheus configuration loading the rules, one blackbox job per module: \(probes[.http]?.count ?? 0) HTTP, \(probes[.tcp]?.count ?? 0) TCP, \(probes[.grpc]?.count ?? 0) gRPC probes",
                 "`promtool check config`"],
                [link(ArtifactFile.monitoringBlackbox), "blackbox exporter modules: `http_2xx`, `tcp_connect`, `grpc_health`, and one per spec-given status and `Content-Type`", "`prometheus-blackbox-exporter --config.check --config.file=…`"],
                [link(ArtifactFile.monitoringDashboard), rules == 0 ? "a dashboard saying there is nothing to chart yet, and probe results" : "one Grafana dashboard: a row per calling component, a panel per dependency (rate, errors, p95, 1 h burn rate), probe results", "import in Grafana"],
            ]),
        ]
        if !plan.probes.isEmpty {
            lines += ["", "Probes:", ""]
            lines.append(Markdown.table(["Probe", "Target", "Module", "Expectation", "Evidence"], plan.probes.map { probe in
                let expectation: String
                if let status = probe.expectedStatus {
                    expectation = "\(status)" + (probe.contentType.map { ", `\($0)`" } ?? "") + (probe.expectationSource.map { " (\(Markdown.evidence([$0], limit: 1)))" } ?? "")
                } else {
                    expectation = probe.kind == .http ? "any 2xx (no spec covers the path)" : probe.kind == .tcp ? "connects" : "gRPC health SERVING"
                }
                let port = probe.portSource.map { "port from \(Markdown.evidence([$0], limit: 1))" } ?? "default port"
                return ["\(probe.kind.rawValue) \(probe.owner)", "`\(probe.target)` (\(port))", "`\(probe.module)`", expectation, Markdown.evidence(probe.evidence, limit: 1)]
            }))
        }
        if !plan.notes.isEmpty {
            lines += [""] + plan.notes.map { "- \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    static func coverage(_ plan: MonitoringPlan, services: [Component], resources: [Resource], health: [String: [Evidence]], telemetry: [String: Evidence]) -> String {
        guard !services.isEmpty || !plan.integrations.isEmpty else {
            return Markdown.nothingFound("no service or integration to cover")
        }
        let measured = plan.integrations.filter { telemetry[$0.caller] != nil }
        let probedServices = Set(plan.probes.filter { $0.kind == .http }.map(\.owner))
        let withHealth = services.filter { probedServices.contains($0.id) }
        let instrumented = services.filter { telemetry[$0.id] != nil }
        let stores = resources.filter { ($0.kind.isDataStore && $0.kind != .objectStorage) || $0.kind == .broker }
        let probedStores = Set(plan.probes.filter { $0.kind == .tcp }.map(\.owner))
        func share(_ part: Int, _ whole: Int) -> String {
            whole == 0 ? "—" : "\(part) of \(whole) (\(Int((Double(part) * 100 / Double(whole)).rounded(.down)))%)"
        }
        let reached = plan.uncovered.isEmpty && measured.count == plan.integrations.count && withHealth.count == services.count
            && instrumented.count == services.count && probedStores.count == stores.count
        var lines = [
            "Against the framework's success metric *100% monitoring coverage*: " + (reached ? "**reached**." : "**not reached**."),
            "",
            Markdown.table(["Measure", "Covered", "Not covered"], [
                ["Outbound integrations with rules and alerts", share(plan.integrations.count, plan.integrations.count + plan.uncovered.count),
                 plan.uncovered.isEmpty ? "—" : plan.uncovered.map { "`\($0.title)`: \($0.reason) (\(Markdown.evidence($0.evidence, limit: 1)))" }.joined(separator: "; ")],
                ["… whose caller has a telemetry dependency (the metrics exist)", share(measured.count, plan.integrations.count),
                 names(plan.integrations.filter { telemetry[$0.caller] == nil }.map(\.title))],
                ["Services with a probed health endpoint", share(withHealth.count, services.count), names(services.filter { !probedServices.contains($0.id) }.map(\.name))],
                ["Stores and brokers with a TCP probe", share(probedStores.count, stores.count), names(stores.filter { !probedStores.contains($0.name) }.map(\.name))],
                ["Services with a metrics or tracing dependency", share(instrumented.count, services.count), names(services.filter { telemetry[$0.id] == nil }.map(\.name))],
            ]),
            "",
        ]
        lines.append(Markdown.table(["Service", "Integrations with rules", "Health probe", "Telemetry dependency"], services.map { service in
            let own = plan.integrations.filter { $0.caller == service.id }
            let probe = plan.probes.first { $0.kind == .http && $0.owner == service.id }
            return [
                service.name,
                own.isEmpty ? "none (no outbound call)" : own.map { "\($0.dependency) (\($0.protocolName))" }.joined(separator: ", "),
                probe.map { "`\($0.target)` (\(Markdown.evidence(health[service.id] ?? [], limit: 1)))" } ?? "**none**: no health endpoint found",
                telemetry[service.id].map { Markdown.evidence([$0], limit: 1) } ?? "**none found** in \(service.manifests.isEmpty ? "its folder (no manifest)" : service.manifests.map { "`\($0)`" }.joined(separator: ", "))",
            ]
        }))
        return lines.joined(separator: "\n")
    }

    private static func names(_ values: [String]) -> String {
        values.isEmpty ? "—" : values.map { "`\($0)`" }.joined(separator: ", ")
    }
}
