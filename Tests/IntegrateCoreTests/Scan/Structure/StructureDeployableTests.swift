import Foundation
import Testing
@testable import IntegrateCore

/// Components are deployable units: one per compose service even when the build context is
/// shared, named after the deployment, never after an inner folder or the repo root.
@Suite("Structure: deployable components")
struct StructureDeployableTests {
    static let sharedContext: [String: String] = [
        "deploy/docker-compose.yml": """
            services:
              billing-api:
                build:
                  context: ..
                  dockerfile: services/billing/Dockerfile
              ledger-api:
                build:
                  context: ..
                  dockerfile: ${LEDGER_DOCKERFILE}
                depends_on: [billing-api, db]
              db:
                image: postgres:16
            """,
        "deploy/.env": "LEDGER_DOCKERFILE=services/ledger/Dockerfile.release\n",
        "deploy/docker-compose.prod.yml": """
            services:
              billing-api:
                environment:
                  LEDGER_URL: http://ledger-api:8080
              reporting:
                image: acme/reporting:1
            """,
        "deploy/docker-compose-tests.yml": """
            services:
              db-test:
                image: postgres:16
              billing-api-test:
                build: ../services/billing
                depends_on: [db-test]
            """,
        "deploy/docker-compose.monitoring.yml": """
            services:
              tracing:
                image: jaegertracing/all-in-one:1.57
            """,
        "services/billing/Dockerfile": "FROM scratch\n",
        "services/billing/billing.csproj": "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n",
        "services/ledger/Dockerfile.release": "FROM scratch\n",
        "services/ledger/go.mod": "module example.com/ledger\n",
        "services/Billing.FunctionalTests/Billing.FunctionalTests.csproj": "<Project Sdk=\"Microsoft.NET.Sdk\"></Project>\n",
        "tools/loadgen/package.json": "{\"name\": \"loadgen\"}\n",
        "payments/src/package.json": "{\"name\": \"payments\"}\n",
    ]

    @Test func aSharedBuildContextStillGivesOneComponentPerService() throws {
        let (facts, _) = try structuralFacts(Self.sharedContext)
        let billing = try #require(facts.components.first { $0.id == "billing-api" })
        #expect(billing.path == "services/billing")
        #expect(billing.hostnames == ["billing-api"])
        // The Dockerfile is chosen by a variable from `.env`.
        let ledger = try #require(facts.components.first { $0.id == "ledger-api" })
        #expect(ledger.path == "services/ledger")
        #expect(!facts.components.contains { $0.path == "" || $0.path == "deploy" })
        #expect(facts.edges.contains { $0.from == "ledger-api" && $0.to == "billing-api" && $0.strength == .startOrder })
    }

    @Test func testComposeFilesAndHarnessFoldersAreNotTheDeployment() throws {
        let (facts, _) = try structuralFacts(Self.sharedContext)
        #expect(!facts.components.contains { $0.id.contains("test") || ($0.path ?? "").contains("Tests") })
        #expect(!facts.resources.contains { $0.name == "db-test" })
        #expect(!facts.edges.contains { $0.to.contains("db-test") })
    }

    @Test func aVariantComposeFileDoesNotRewireTheDefaultDeployment() throws {
        let (facts, _) = try structuralFacts(Self.sharedContext)
        #expect(!facts.config.contains { $0.key == "LEDGER_URL" })
        // Its own services are still seen.
        #expect(facts.components.contains { $0.id == "reporting" })
    }

    @Test func tiersForToolingAndTheObservabilityStack() throws {
        let (facts, _) = try structuralFacts(Self.sharedContext)
        #expect(facts.components.first { $0.id == "tracing" }?.tier == .telemetry)
        #expect(facts.components.first { $0.path == "tools/loadgen" }?.tier == .tooling)
        #expect(facts.components.first { $0.id == "billing-api" }?.tier == nil)
    }

    @Test func anInnerFolderIsNamedAfterItsParent() throws {
        let (facts, _) = try structuralFacts(Self.sharedContext)
        #expect(facts.components.first { $0.path == "payments/src" }?.id == "payments")
    }

    @Test func aContextThatIsTheServiceFolderStaysTheSource() throws {
        let (facts, _) = try structuralFacts([
            "docker-compose.yml": "services:\n  api:\n    build:\n      context: ./api\n      dockerfile: docker/Dockerfile\n",
            "api/package.json": "{\"name\": \"api\"}\n",
            "api/docker/Dockerfile": "FROM node\n",
        ])
        // The Dockerfile folder has a manifest of its own (the Dockerfile), so it is the deepest
        // component folder; a plain service folder context without one stays the source.
        #expect(facts.components.contains { $0.hostnames.contains("api") })
        #expect(!facts.components.contains { $0.path == "" })
    }
}
