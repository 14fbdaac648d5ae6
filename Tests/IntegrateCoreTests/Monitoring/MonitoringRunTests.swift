import Foundation
import Testing
@testable import IntegrateCore

/// The monitoring files as a run writes them: with the other artifacts, kept when edited,
/// never touching a person's own files beside them.
@Suite struct MonitoringRunTests {
    let folder = ".claude/integrations"

    /// `web` calls `orders` over HTTP; `orders` serves `/health`.
    static func project(extra: [String: String] = [:]) throws -> TestProject {
        try TestProject(files: [
            "docker-compose.yml": "services:\n  web:\n    build: ./web\n    environment:\n      ORDERS_URL: http://orders:8000\n  orders:\n    build: ./orders\n",
            "orders/requirements.txt": "fastapi==0.110\nopentelemetry-sdk==1.25\n",
            "orders/app.py": "from fastapi import FastAPI\napp = FastAPI()\n\n@app.get('/health')\ndef health():\n    return {'ok': True}\n",
            "web/package.json": "{\"name\": \"web\", \"dependencies\": {\"axios\": \"1.0.0\", \"prom-client\": \"15.0.0\"}}\n",
            "web/index.js": "const axios = require('axios')\naxios.get(process.env.ORDERS_URL + '/orders', { timeout: 2000 })\n",
        ].merging(extra) { _, new in new })
    }

    @Test func aRunWritesTheFilesKeepsAPersonsOwnRulesAndAReRunChangesNothing() throws {
        let own = "groups:\n  - name: mine\n    rules: []\n"
        let project = try Self.project(extra: ["\(folder)/monitoring/prometheus/my-rules.yml": own])
        let report = try project.run()
        for file in ArtifactFile.monitoringFiles {
            #expect(report.changedFiles.contains("\(folder)/\(file)"), "\(file) not written")
        }
        let rules = try project.read("\(folder)/\(ArtifactFile.monitoringRules)")
        #expect(rules.contains(#"http_client_request_duration_seconds_count{job="web",server_address="orders"}"#), "web's prom-client → prometheus convention")
        #expect(try project.read("\(folder)/\(ArtifactFile.monitoringScrapeConfig)").contains(#"- targets: ["http://orders:8000/health"]"#))
        #expect(try project.read("\(folder)/monitoring/prometheus/my-rules.yml") == own)
        let setup = try project.read("\(folder)/monitoring-setup.md")
        #expect(setup.contains("[`monitoring/prometheus/integration-rules.yml`](monitoring/prometheus/integration-rules.yml)"))
        #expect(setup.contains("| Outbound integrations with rules and alerts | 1 of 1 (100%) |"))

        let before = try project.snapshot()
        let again = try project.run(today: "2026-12-24")
        #expect(again.changedFiles.isEmpty)
        let after = try project.snapshot()
        for (path, value) in before {
            #expect(after[path]?.0 == value.0 && after[path]?.1 == value.1, "\(path) was rewritten")
        }
    }

    @Test func anEditedMonitoringFileIsKept() throws {
        let project = try Self.project()
        try project.run()
        let path = "\(folder)/\(ArtifactFile.monitoringBlackbox)"
        let edited = try project.read(path) + "# my note\n"
        try project.write(path, edited)
        let report = try project.run()
        #expect(try project.read(path) == edited)
        #expect(report.notes.contains("\(ArtifactFile.monitoringBlackbox) was edited by hand: kept; delete it to regenerate"))
    }

    @Test func theProjectsObjectivesApplyAndItsMistakesAreFindingsWithALine() throws {
        let project = try Self.project(extra: [
            "\(folder)/objectives.yaml": "dependencies:\n  orders:\n    success: 99.9\n    latency: 300ms\n  billing:\n    success: 99\n  web -> orders:\n    minimum_calls: lots\n",
        ])
        let report = try project.run()
        let rules = try project.read("\(folder)/\(ArtifactFile.monitoringRules)")
        #expect(rules.contains("> (14.4 * 0.001)"))
        #expect(rules.contains(#"integration:call_latency_seconds:p95_30m{caller="web",dependency="orders",protocol="http"} > 0.3"#))
        let findings = report.phases.flatMap(\.findings).filter { $0.id == "monitoring.objectives-invalid" }
        #expect(findings.map { "\($0.evidence.first?.path ?? ""):\($0.evidence.first?.line ?? 0)" } == ["\(folder)/objectives.yaml:8"])
        let setup = try project.read("\(folder)/monitoring-setup.md")
        #expect(setup.contains("`billing` matches no integration in the landscape"))
        #expect(setup.contains("| web → orders (http) | `http_client_request_duration_seconds` (prometheus) | 99.9% | < 0.3 s |"))
    }

    @Test func theCommandLineConventionWins() throws {
        let project = try Self.project()
        var options = project.options()
        options.metricsConvention = .micrometer
        _ = try IntegrationRun(options: options).execute()
        #expect(try project.read("\(folder)/\(ArtifactFile.monitoringRules)").contains(#"http_client_requests_seconds_count{job="web",client_name="orders"}"#))
    }
}
