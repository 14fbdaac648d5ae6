import Foundation
import Testing
@testable import IntegrateCore

@Suite struct DevelopmentOnlyTests {
    @Test(arguments: DevelopmentOnly.guards.map(\.id))
    func everyGuardHoldsItsExamplesAndNotItsCounterExamples(_ id: String) throws {
        let rule = try #require(DevelopmentOnly.guards.first { $0.id == id })
        #expect(rule.regex != nil)
        #expect(!rule.guarded.isEmpty && !rule.unguarded.isEmpty)
        for example in rule.guarded {
            let lines = example.source.components(separatedBy: "\n")
            #expect(DevelopmentOnly.guardLine(of: example.line, in: lines) != nil, "\(id): line \(example.line) of \(example.source)")
        }
        for example in rule.unguarded {
            let lines = example.source.components(separatedBy: "\n")
            #expect(DevelopmentOnly.guardLine(of: example.line, in: lines) == nil, "\(id): line \(example.line) of \(example.source)")
        }
    }

    func health(_ rule: String, _ technology: String, value: String, at evidence: [Evidence]) -> SetupFact {
        SetupFact(kind: .health, rule: rule, technology: technology, value: value, component: "orders", evidence: evidence)
    }

    func run(_ files: [String: String], setup: [SetupFact]) throws -> PhaseResult {
        let project = try TestProject(files: files)
        var landscape = Landscape(components: [Component(id: "orders", name: "orders", path: "orders")])
        landscape.setup = setup
        return MonitoringPhase().run(PhaseContext(root: project.root, landscape: landscape, principles: [], diagnostics: [], sources: SourceCache(root: project.root)))
    }

    @Test func healthMappedOnlyInDevelopmentIsNotHealthInProduction() throws {
        let defaults = "public static class Extensions\n{\n    public static WebApplication MapDefaultEndpoints(this WebApplication app)\n    {\n        if (app.Environment.IsDevelopment())\n        {\n            app.MapHealthChecks(\"/health\");\n        }\n        return app;\n    }\n}\n"
        let result = try run(["Shared/Extensions.cs": defaults, "orders/Program.cs": "app.MapDefaultEndpoints();\n"], setup: [
            health("csharp.setup.health-checks", "aspnetcore-healthchecks", value: "/health",
                   at: [Evidence(path: "orders/Program.cs", line: 1), Evidence(path: "Shared/Extensions.cs", line: 7)]),
        ])
        let evaluation = try #require(result.evaluations["p6.health"])
        #expect(evaluation.marker == .notStarted)
        #expect(evaluation.reason.contains("orders map health only in development"))
        let table = try #require(result.sections.first { $0.title == "Health Endpoints" }?.markdown)
        #expect(table.contains("`/health` **development only** (mapped under the guard at [`Shared/Extensions.cs:5`]"))
        #expect(result.findings.contains { $0.id == "monitoring.no-health-endpoint" && $0.message.contains("in production") })
    }

    @Test func grpcHealthCountsAsHealth() throws {
        let result = try run(["orders/main.go": "package main\n\nfunc main() {\n\thealthpb.RegisterHealthServer(s, health.NewServer())\n}\n"], setup: [
            health("go.setup.grpc-health", "grpc-health", value: "grpc.health.v1", at: [Evidence(path: "orders/main.go", line: 4)]),
        ])
        #expect(result.evaluations["p6.health"]?.marker == .done)
        let table = try #require(result.sections.first { $0.title == "Health Endpoints" }?.markdown)
        #expect(table.contains("`grpc.health.v1`") && !table.contains("development only"))
    }
}
