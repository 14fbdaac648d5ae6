import Foundation
import Testing
@testable import IntegrateCore

@Suite struct HealthExpectationReaderTests {
    @Test func theSpecGivesStatusAndContentType() throws {
        let project = try TestProject(files: ["api/openapi.yaml": """
            openapi: 3.0.3
            info: {title: API, version: "1"}
            paths:
              /healthz/:
                get:
                  responses:
                    "503": {description: down}
                    "200":
                      description: up
                      content:
                        application/health+json: {schema: {type: object}}
              /orders:
                get:
                  responses:
                    "200": {description: ok}
            """])
        let specs = [APISpec(path: "api/openapi.yaml", format: .openapi, component: "api")]
        let endpoints = [HealthEndpoint(component: "api", path: "/healthz", evidence: []), HealthEndpoint(component: "api", path: "/ready", evidence: [])]
        let found = HealthExpectationReader(root: project.root).expectations(for: endpoints, specs: specs)
        let expectation = try #require(found[MonitoringPlan.Inputs.expectationKey(component: "api", path: "/healthz")])
        #expect(expectation.status == 200 && expectation.contentType == "application/health+json")
        #expect(expectation.source.path == "api/openapi.yaml")
        #expect(expectation.source.line == 6, "the operation, as the spec loader locates it")
        #expect(expectation.module == "http_200_application_health_json")
        #expect(found.count == 1, "no spec covers /ready")
        #expect(BlackboxModulesGenerator.contentTypePattern("application/health+json") == #"(?i)^application/health\+json\s*(;.*)?$"#)
    }
}
