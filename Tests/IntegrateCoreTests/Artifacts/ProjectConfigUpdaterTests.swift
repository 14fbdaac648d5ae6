import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ProjectConfigUpdaterTests {
    let config = """
        # Project configuration: keep this comment
        project: shop
        phases:
          operations:
            frameworks:
              - name: "deployment"   # first
                status: completed
              - name: "integrations"
                command: "/5.2integrate"
                status: pending   # set by integrate
                started: null
                completed: null
                artifacts: []
              - name: "monitoring"
                status: pending
        completion:
          overall_progress: 10
          frameworks_completed: ["deployment"]

        """

    @Test func editsOnlyTheIntegrationsValues() throws {
        let updated = try #require(try ProjectConfigUpdater(status: .active, today: "2026-11-28", artifacts: ["a.md"]).update(config, path: "c.yaml"))
        #expect(updated == config
            .replacingOccurrences(of: "status: pending   # set by integrate", with: "status: active   # set by integrate")
            .replacingOccurrences(of: "started: null", with: "started: \"2026-11-28\"")
            .replacingOccurrences(of: "artifacts: []", with: "artifacts: [\"a.md\"]"))
    }

    @Test func completionSetsTheDateAndTheCompletedList() throws {
        let updated = try #require(try ProjectConfigUpdater(status: .completed, today: "2026-11-28", artifacts: []).update(config, path: "c.yaml"))
        #expect(updated.contains("    completed: \"2026-11-28\"\n"))
        #expect(updated.contains("frameworks_completed: [\"deployment\", \"integrations\"]"))
        #expect(updated.contains("  - name: \"monitoring\"\n        status: pending"))
        let again = try #require(try ProjectConfigUpdater(status: .completed, today: "2026-12-01", artifacts: []).update(updated, path: "c.yaml"))
        #expect(again == updated)
    }

    @Test func noIntegrationsEntryMeansNoChange() throws {
        #expect(try ProjectConfigUpdater(status: .active, today: "x", artifacts: []).update("project: a\n", path: "c.yaml") == nil)
    }

    @Test func malformedYAMLNamesFileAndLine() {
        do {
            _ = try ProjectConfigUpdater(status: .active, today: "x", artifacts: []).update("a: 1\nb: [unclosed\nc: 2\n", path: "c.yaml")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".hasPrefix("c.yaml:"))
            #expect("\(error)".contains("error: invalid YAML"))
        }
    }
}
