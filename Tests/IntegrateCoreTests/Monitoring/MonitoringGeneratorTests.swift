import Foundation
import Testing
import Yams
@testable import IntegrateCore

@Suite struct MonitoringGeneratorTests {
    static func plan(_ landscape: Landscape, health: [HealthEndpoint] = [], telemetry: [String: Evidence] = [:], convention: MetricsConvention? = nil,
                     objectives: ObjectivesFileLoader.Objectives = .framework) -> MonitoringPlan {
        MonitoringPlan.build(MonitoringPlan.Inputs(landscape: landscape, healthEndpoints: health, telemetry: telemetry, convention: convention, objectives: objectives))
    }

    static func edge(_ from: String, _ to: String, _ proto: String = "http", mode: IntegrationPoint.Mode = .sync) -> Edge {
        Edge(from: from, to: to, protocol: proto, mode: mode, strength: .call, evidence: [Evidence(path: "\(from)/client.py", line: 3, snippet: "call")])
    }

    @Test func namesPromQLLabelsDoNotAllowAreEscapedAndTheFilesLoad() throws {
        let weird = "pay\"ments\\svc {x}\nnext\u{2028}line"
        let landscape = Landscape(
            components: [Component(id: "web", name: "web", path: "web"), Component(id: "weird", name: weird, path: "weird", hostnames: [weird])],
            edges: [Self.edge("web", "weird")])
        let plan = Self.plan(landscape, health: [HealthEndpoint(component: "weird", path: "/health", evidence: [])])
        let files = MonitoringFiles.render(plan)
        let rules = try #require(files[ArtifactFile.monitoringRules])
        // The value is escaped in PromQL and in YAML, never dropped or merged.
        #expect(rules.contains(#"server_address="pay\"ments\\svc {x}\nnext\u2028line""#))
        #expect(rules.contains(#"dependency: "pay\"ments\\svc {x}\nnext\u2028line""#))
        #expect(!rules.contains("\u{2028}"))
        // Parsed back, the label is the original name.
        let document = try #require(try Yams.load(yaml: rules) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        let integration = try #require(groups.first { ($0["name"] as? String)?.hasPrefix("integrate_web_") == true })
        let first = try #require((integration["rules"] as? [[String: Any]])?.first)
        #expect((first["labels"] as? [String: String])?["dependency"] == weird)
        #expect((integration["name"] as? String) == "integrate_web_pay_ments_svc_x_next_line_http")
        try PrometheusTools.checkAll(files)
    }

    @Test func manyDependenciesGetOneUniqueGroupEachAndPassPromtool() throws {
        let count = 60
        var components = [Component(id: "hub", name: "hub", path: "hub")]
        var edges: [Edge] = []
        for index in 0..<count {
            // Names that collide once made identifiers: `svc-1` and `svc.1`.
            let name = index % 2 == 0 ? "svc-\(index / 2)" : "svc.\(index / 2)"
            components.append(Component(id: name, name: name, path: name))
            edges.append(Self.edge("hub", name, index % 3 == 0 ? "grpc" : "http"))
        }
        let plan = Self.plan(Landscape(components: components, edges: edges))
        #expect(plan.integrations.count == count)
        #expect(Set(plan.integrations.map(\.slug)).count == count)
        let files = MonitoringFiles.render(plan)
        let rulesText = try #require(files[ArtifactFile.monitoringRules])
        let document = try #require(try Yams.load(yaml: rulesText) as? [String: Any])
        let names = try #require(document["groups"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names.count == count + 1)
        #expect(Set(names).count == names.count, "promtool rejects two groups with one name")
        let dashboardText = try #require(files[ArtifactFile.monitoringDashboard])
        let dashboard = try #require(try JSONSerialization.jsonObject(with: Data(dashboardText.utf8)) as? [String: Any])
        let panels = try #require(dashboard["panels"] as? [[String: Any]])
        #expect(panels.filter { $0["type"] as? String == "timeseries" }.count == count + 1)
        #expect(Set(panels.compactMap { $0["id"] as? Int }).count == panels.count)
        try PrometheusTools.checkAll(files)
    }

    @Test func noDependenciesTheFilesSaySoAndStillLoad() throws {
        let plan = Self.plan(Landscape(components: [Component(id: "solo", name: "solo", path: "solo")]))
        #expect(plan.integrations.isEmpty && plan.probes.isEmpty)
        let files = MonitoringFiles.render(plan)
        #expect(files[ArtifactFile.monitoringRules]?.contains("No outbound integration was found in the landscape") == true)
        #expect(files[ArtifactFile.monitoringRuleTests]?.contains("No outbound integration was found in the landscape") == true)
        #expect(files[ArtifactFile.monitoringScrapeConfig]?.contains("scrape_configs: []") == true)
        #expect(files[ArtifactFile.monitoringBlackbox]?.contains("No health endpoint, store, broker or gRPC server to probe was found") == true)
        #expect(files[ArtifactFile.monitoringDashboard]?.contains("No outbound integration was found in the landscape") == true)
        try PrometheusTools.checkAll(files)
    }

    @Test func selectorsFollowTheCallKindAndTheCallersConvention() throws {
        let landscape = Landscape(
            components: [Component(id: "api", name: "api", path: "api"), Component(id: "stock", name: "stock", path: "stock")],
            edges: [Self.edge("api", "stock", "grpc"), Self.edge("api", "postgresql:main", "postgresql"), Self.edge("api", "kafka:bus", "kafka", mode: .async),
                    Self.edge("api", "stock", "http"), Self.edge("api", "saas:stripe", "https")],
            resources: [Resource(id: "postgresql:main", kind: .database, system: "postgresql", name: "main", host: "db.internal"),
                        Resource(id: "kafka:bus", kind: .broker, system: "kafka", name: "bus"),
                        Resource(id: "saas:stripe", kind: .saas, system: "stripe", name: "stripe")])
        let micrometer = ["api": Evidence(path: "api/build.gradle", line: 4, snippet: "implementation 'io.micrometer:micrometer-registry-prometheus'")]
        let plan = Self.plan(landscape, telemetry: micrometer)
        func selector(_ proto: String) -> String { plan.integrations.first { $0.protocolName == proto }.map { "\($0.family.name){\($0.seriesMatchers.joined(separator: ","))}" } ?? "" }
        #expect(selector("http") == #"http_client_requests_seconds{job="api",client_name="stock"}"#)
        #expect(selector("grpc") == #"rpc_client_duration_milliseconds{job="api",server_address="stock"}"#)
        #expect(selector("postgresql") == #"db_client_operation_duration_seconds{job="api",server_address="db.internal"}"#)
        #expect(selector("kafka") == #"messaging_client_operation_duration_seconds{job="api",messaging_system="kafka"}"#)
        #expect(selector("https") == #"http_client_requests_seconds{job="api",client_name=~".*stripe.*"}"#)
        #expect(plan.integrations.first { $0.protocolName == "kafka" }?.hasLatencyObjective == false)
        // The command line wins over the dependency.
        let otel = Self.plan(landscape, telemetry: micrometer, convention: .otel)
        #expect(otel.integrations.first { $0.protocolName == "http" }?.family.name == "http_client_request_duration_seconds")
        try PrometheusTools.checkAll(MonitoringFiles.render(plan))
    }

    @Test func impliedConventions() {
        #expect(MetricsConvention.implied(by: "io.micrometer:micrometer-registry-prometheus") == .micrometer)
        #expect(MetricsConvention.implied(by: "github.com/prometheus/client_golang v1.19.1") == .prometheus)
        #expect(MetricsConvention.implied(by: "\"prom-client\": \"^15\"") == .prometheus)
        #expect(MetricsConvention.implied(by: "OpenTelemetry.Extensions.Hosting") == .otel)
        #expect(MetricsConvention.implied(by: "sentry-sdk==2.0") == nil)
    }

    @Test func startOrderOnlyLinksAreReportedUncovered() {
        let landscape = Landscape(
            components: [Component(id: "a", name: "a", path: "a"), Component(id: "b", name: "b", path: "b")],
            edges: [Edge(from: "a", to: "b", protocol: "http", mode: .sync, strength: .startOrder, evidence: [Evidence(path: "docker-compose.yml", line: 4, snippet: "depends_on")])])
        let plan = Self.plan(landscape)
        #expect(plan.integrations.isEmpty)
        #expect(plan.uncovered.map(\.title) == ["a → b (http)"])
    }

    @Test func promQLText() {
        #expect(PromQL.string(#"a"b\c"#) == #""a\"b\\c""#)
        #expect(PromQL.string("tab\there\u{1}") == #""tab\there\x01""#)
        #expect(PromQL.regexLiteral("api.example.com") == #"api\.example\.com"#)
        #expect(PromQL.identifier("9 Lives--Svc") == "_9_lives_svc")
        #expect(PromQL.identifier("***") == "unnamed")
        var taken: Set<String> = []
        #expect([PromQL.unique("a", taken: &taken), PromQL.unique("a", taken: &taken), PromQL.unique("a", taken: &taken)] == ["a", "a_2", "a_3"])
    }

    @Test func probesTakePortsFromConfigAndSayWhenTheyAssumeOne() {
        let landscape = Landscape(
            components: [Component(id: "api", name: "api", path: "api"), Component(id: "web", name: "web", path: "web")],
            resources: [Resource(id: "redis:cache", kind: .cache, system: "redis", name: "cache"), Resource(id: "s3:bucket", kind: .objectStorage, system: "s3", name: "bucket")],
            config: [ConfigEntry(key: "API_URL", kind: .endpoint, value: "http://api:8080", component: "web", evidence: Evidence(path: "compose.yml", line: 5, snippet: "API_URL"))])
        let plan = Self.plan(landscape, health: [HealthEndpoint(component: "api", path: "/healthz", evidence: []), HealthEndpoint(component: "web", path: "health", evidence: [])])
        #expect(plan.probes.map(\.target) == ["http://api:8080/healthz", "http://web/health", "cache:6379"])
        #expect(plan.probes.first?.portSource?.line == 5)
        #expect(plan.notes.contains("no port for `web` in the configuration: its health probe assumes port 80"))
    }
}
