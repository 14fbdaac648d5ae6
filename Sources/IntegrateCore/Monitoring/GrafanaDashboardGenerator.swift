import Foundation

/// Writes `grafana/integrations.json`: one dashboard, importable as is (it asks for a
/// Prometheus data source), a row per calling component and a panel per dependency with call
/// rate, error ratio, p95 latency and the 1h burn rate, from the recording rules' series; and a
/// row of probe results.
struct GrafanaDashboardGenerator: Sendable {
    static let uid = "integrate-integrations"

    func render(_ plan: MonitoringPlan) -> String {
        var panels: [Panel] = []
        var nextID = 1
        var y = 0
        func add(_ panel: Panel) {
            var panel = panel
            panel.id = nextID
            nextID += 1
            panels.append(panel)
        }
        if plan.integrations.isEmpty {
            add(Panel.text("No integrations", "No outbound integration was found in the landscape: there is nothing to chart yet.", y: y))
            y += 4
        }
        let byCaller = Dictionary(grouping: plan.integrations, by: \.caller)
        for caller in byCaller.keys.sorted() {
            add(Panel.row(caller, y: y))
            y += 1
            for (index, integration) in (byCaller[caller] ?? []).enumerated() {
                add(panel(integration, x: (index % 2) * 12, y: y + (index / 2) * 8))
            }
            y += ((byCaller[caller]?.count ?? 0) + 1) / 2 * 8
        }
        add(Panel.row("Probes", y: y))
        y += 1
        var probes = Panel.timeseries("Probe success", x: 0, y: y, w: 24)
        probes.description = plan.probes.isEmpty ? "No probe was generated: no health endpoint, store, broker or gRPC server was found." : "1 when the blackbox exporter's probe succeeds."
        probes.targets = [Target(refId: "A", expr: #"probe_success{job=~"integrate_probe_.+"}"#, legendFormat: "{{instance}}")]
        add(probes)
        let dashboard = Dashboard(panels: panels)
        return StableJSON.encode(dashboard)
    }

    private func panel(_ integration: MonitoredIntegration, x: Int, y: Int) -> Panel {
        let selector = integration.recordSelector
        var panel = Panel.timeseries("\(integration.dependency) (\(integration.protocolName))", x: x, y: y, w: 12)
        panel.description = "\(integration.title): objective \(integration.objective.successPercent.plain)% of calls succeed"
            + (integration.hasLatencyObjective ? ", p95 under \(integration.objective.latencySeconds.plain)s" : "") + ". Metrics: \(integration.family.name) (\(integration.convention.title))."
        var targets = [
            Target(refId: "A", expr: "\(BurnRateWindows.callRate("5m")){\(selector)}", legendFormat: "calls/s"),
            Target(refId: "B", expr: "\(BurnRateWindows.errorRatio("5m")){\(selector)}", legendFormat: "error ratio"),
        ]
        if integration.hasLatencyObjective {
            targets.append(Target(refId: "C", expr: "\(BurnRateWindows.latencyP95("5m")){\(selector)}", legendFormat: "p95 latency"))
        }
        targets.append(Target(refId: "D", expr: "\(BurnRateWindows.errorRatio("1h")){\(selector)} / \(integration.objective.errorBudget.plain)", legendFormat: "burn rate (1h)"))
        panel.targets = targets
        panel.fieldConfig.overrides = [
            Override(refId: "B", unit: "percentunit"),
            Override(refId: "C", unit: "s"),
            Override(refId: "D", unit: "none"),
        ]
        return panel
    }

    // MARK: the dashboard model (only what the generator sets)

    struct Dashboard: Encodable {
        var annotations = Annotations()
        var editable = true
        var panels: [Panel]
        var refresh = "1m"
        var schemaVersion = 39
        var tags = ["integrate", "integrations"]
        var templating = Templating()
        var time = TimeRange()
        var title = "Integrations"
        var uid = GrafanaDashboardGenerator.uid
        var version = 1
    }

    struct Annotations: Encodable { var list: [String] = [] }
    struct TimeRange: Encodable {
        var from = "now-6h"
        var to = "now"
    }
    struct Templating: Encodable {
        var list = [Variable()]
    }
    struct Variable: Encodable {
        var label = "Prometheus"
        var name = "datasource"
        var query = "prometheus"
        var type = "datasource"
    }
    struct DataSource: Encodable {
        var type = "prometheus"
        var uid = "${datasource}"
    }
    struct GridPos: Encodable {
        var h: Int
        var w: Int
        var x: Int
        var y: Int
    }
    struct Target: Encodable {
        var datasource = DataSource()
        var refId: String
        var expr: String
        var legendFormat: String
        init(refId: String, expr: String, legendFormat: String) {
            self.refId = refId
            self.expr = expr
            self.legendFormat = legendFormat
        }
    }
    struct Override: Encodable {
        struct Matcher: Encodable {
            var id = "byFrameRefID"
            var options: String
        }
        struct Property: Encodable {
            var id = "unit"
            var value: String
        }
        var matcher: Matcher
        var properties: [Property]
        init(refId: String, unit: String) {
            matcher = Matcher(options: refId)
            properties = [Property(value: unit)]
        }
    }
    struct FieldConfig: Encodable {
        struct Defaults: Encodable { var unit = "short" }
        var defaults = Defaults()
        var overrides: [Override] = []
    }
    struct TextOptions: Encodable {
        var content: String
        var mode = "markdown"
    }
    struct Panel: Encodable {
        var id = 0
        var type: String
        var title: String
        var description: String?
        var gridPos: GridPos
        var datasource: DataSource?
        var targets: [Target]?
        var fieldConfig = FieldConfig()
        var collapsed: Bool?
        var panels: [String]?
        var options: TextOptions?

        static func row(_ title: String, y: Int) -> Panel {
            Panel(type: "row", title: title, gridPos: GridPos(h: 1, w: 24, x: 0, y: y), collapsed: false, panels: [])
        }
        static func timeseries(_ title: String, x: Int, y: Int, w: Int) -> Panel {
            Panel(type: "timeseries", title: title, gridPos: GridPos(h: 8, w: w, x: x, y: y), datasource: DataSource(), targets: [])
        }
        static func text(_ title: String, _ content: String, y: Int) -> Panel {
            Panel(type: "text", title: title, gridPos: GridPos(h: 4, w: 24, x: 0, y: y), options: TextOptions(content: content))
        }
    }
}
