import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ObjectivesFileLoaderTests {
    @Test func defaultsAndPerDependencyObjectives() throws {
        let objectives = ObjectivesFileLoader().load(yaml: """
            defaults:
              success: 99.9%
              minimum_calls: 50
            dependencies:
              inventory:
                latency: 500ms
              orders -> inventory:
                success: 99
            """)
        #expect(objectives.diagnostics.isEmpty)
        #expect(objectives.defaults.successPercent == Decimal(string: "99.9"))
        #expect(objectives.defaults.minimumCalls == 50)
        let fromGateway = objectives.objective(caller: "gateway", dependency: ["inventory"])
        #expect(fromGateway.successPercent == Decimal(string: "99.9") && fromGateway.latencySeconds == Decimal(string: "0.5"))
        #expect(fromGateway.source?.line == 5)
        let fromOrders = objectives.objective(caller: "orders", dependency: ["inventory"])
        #expect(fromOrders.successPercent == 99 && fromOrders.latencySeconds == Decimal(string: "0.5") && fromOrders.source?.line == 7)
        #expect(fromOrders.errorBudget.plain == "0.01")
        #expect(objectives.objective(caller: "orders", dependency: ["postgres"]).latencySeconds == 2)
    }

    @Test func errorsNameTheFileAndLine() {
        let objectives = ObjectivesFileLoader().load(yaml: """
            defaults:
              success: 100
            dependencies:
              inventory:
                latency: fast
                retries: 3
              -> inventory:
                success: 99
            extra: 1
            """)
        let messages = objectives.diagnostics.map { "\($0.path ?? ""):\($0.line ?? 0): \($0.message)" }
        #expect(messages == [
            ".claude/integrations/objectives.yaml:2: defaults: `success` must be a percentage between 0 and 100 (exclusive), like 99.5; found `100`",
            ".claude/integrations/objectives.yaml:5: `inventory`: `latency` must be a positive duration like 2s, 500ms or 1.5; found `fast`",
            ".claude/integrations/objectives.yaml:6: `inventory`: unknown key `retries`; expected `success`, `latency` or `minimum_calls`",
            ".claude/integrations/objectives.yaml:7: `-> inventory`: expected `dependency` or `caller -> dependency`",
            ".claude/integrations/objectives.yaml:9: unknown key `extra`; expected `defaults` or `dependencies`",
        ])
        // What is wrong falls back to the framework's objectives.
        #expect(objectives.defaults.successPercent == IntegrationObjective.framework.successPercent)
        #expect(objectives.objective(caller: "a", dependency: ["inventory"]).latencySeconds == 2)
    }

    @Test func invalidYAMLKeepsTheFrameworkObjectives() {
        let objectives = ObjectivesFileLoader().load(yaml: "defaults: [1,\n")
        #expect(objectives.diagnostics.count == 1)
        #expect(objectives.diagnostics.first?.message.hasPrefix("invalid YAML") == true)
        #expect(objectives.diagnostics.first?.line != nil)
        #expect(objectives.defaults == .framework)
    }

    @Test func aliasBombIsRefusedNotExpanded() {
        // A billion laughs: 10^30 nodes if expanded. The one YAML loader refuses it before composing.
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...30 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let objectives = ObjectivesFileLoader().load(yaml: text)
        #expect(objectives.diagnostics.count == 1)
        #expect(objectives.diagnostics.first?.message.contains("aliases") == true)
        #expect(objectives.diagnostics.first?.path == ObjectivesFileLoader.path)
        #expect(objectives.defaults == .framework)
    }

    @Test func durations() {
        #expect(ObjectivesFileLoader.duration("2s") == 2)
        #expect(ObjectivesFileLoader.duration("250ms") == Decimal(string: "0.25"))
        #expect(ObjectivesFileLoader.duration("1.5") == Decimal(string: "1.5"))
        #expect(ObjectivesFileLoader.duration("1m") == 60)
        #expect(ObjectivesFileLoader.duration("-1s") == nil)
        #expect(ObjectivesFileLoader.duration("1e3") == nil)
    }
}
