import Foundation
import Testing
import Yams
@testable import IntegrateCore

@Suite struct MonitoringPhaseTests {
    @Test func thePhaseReturnsLoadableRulesWithAllBurnRateTiersAndDescribesThem() throws {
        let landscape = Landscape(
            components: [Component(id: "web", name: "web", path: "web"), Component(id: "api", name: "api", path: "api")],
            edges: [Edge(from: "web", to: "api", protocol: "http", mode: .sync, strength: .call)])
        let project = try TestProject()
        let context = PhaseContext(root: project.root, landscape: landscape, principles: [], diagnostics: [], sources: SourceCache(root: project.root))
        let result = MonitoringPhase().run(context)
        #expect(Set(result.files.keys) == Set(ArtifactFile.monitoringFiles))
        let rules = try #require(result.files[ArtifactFile.monitoringRules])
        let document = try #require(try Yams.load(yaml: rules) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.compactMap { $0["name"] as? String } == ["integrate_probes", "integrate_web_api_http"])
        let group = try #require(groups.last?["rules"] as? [[String: Any]])
        #expect(group.compactMap { $0["alert"] as? String } == ["IntegrationErrorBudgetBurn", "IntegrationErrorBudgetBurnTicket", "IntegrationLatencyHigh"])
        #expect(group.compactMap { $0["record"] as? String }.filter { $0.hasPrefix("integration:call_errors:ratio_rate") }.count == 8)
        let page = try #require(group.first { $0["alert"] as? String == "IntegrationErrorBudgetBurn" }?["expr"] as? String)
        #expect(page.contains(#"integration:call_errors:ratio_rate1h{caller="web",dependency="api",protocol="http"} > (14.4 * 0.005)"#))
        #expect(page.contains(#"integration:call_errors:ratio_rate30m{caller="web",dependency="api",protocol="http"} > (6 * 0.005)"#))
        #expect(page.contains(#"integration:calls:rate1h{caller="web",dependency="api",protocol="http"} * 3600 >= 100"#))
        let objectives = try #require(result.sections.first { $0.title == "Objectives and Alerts" }?.markdown)
        #expect(objectives.contains("| web → api (http) | `http_client_request_duration_seconds` (otel) | 99.5% | < 2 s | framework |"))
        #expect(!objectives.contains("```"), "the rules live in their own file, not in a code block")
        let coverage = try #require(result.sections.first { $0.title == "Coverage" }?.markdown)
        #expect(coverage.contains("**not reached**"))
        #expect(coverage.contains("| Services with a probed health endpoint | 0 of 2 (0%) | `web`, `api` |"))
    }
}
