import Foundation
import Testing
import Yams
@testable import IntegrateCore

@Suite struct MonitoringPhaseTests {
    @Test func alertRulesAreValidYAMLWithAllThreeBurnRateTiers() throws {
        let landscape = Landscape(
            components: [Component(id: "web", name: "web", path: "web"), Component(id: "api", name: "api", path: "api")],
            edges: [Edge(from: "web", to: "api", protocol: "http", mode: .sync, strength: .call)])
        let project = try TestProject()
        let context = PhaseContext(root: project.root, landscape: landscape, principles: [], diagnostics: [], sources: SourceCache(root: project.root))
        let markdown = try #require(MonitoringPhase().run(context).sections.first { $0.title == "Objectives and Alerts" }?.markdown)
        let yaml = try #require(markdown.components(separatedBy: "```yaml\n").last?.components(separatedBy: "```").first)
        let document = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.count == 1)
        let rules = try #require(groups[0]["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["alert"] as? String } == ["IntegrationErrorBudgetBurnFast", "IntegrationErrorBudgetBurnSlow", "IntegrationErrorBudgetBurnTicket"])
        let fast = try #require(rules[0]["expr"] as? String)
        #expect(fast.contains("job=\"web\",server_address=\"api\""))
        #expect(fast.contains("[1h]") && fast.contains("[5m]") && fast.contains("> 14.4 * 0.005"))
    }
}
