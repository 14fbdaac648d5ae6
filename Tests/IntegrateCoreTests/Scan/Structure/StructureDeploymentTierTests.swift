import Testing
@testable import IntegrateCore

@Suite("Structure: deployment tiers")
struct StructureDeploymentTierTests {
    @Test(arguments: ["e2e", "Cart.FunctionalTests", "Orders.UnitTests", "api-tests", "integration-tests", "Messaging.Tests", "UnitTests"])
    func testHarnessFolders(_ name: String) {
        #expect(DeploymentTier.isTestFolder(Substring(name)))
    }

    @Test(arguments: ["latest", "contest", "services", "src", "attest", "protests"])
    func notTestHarnessFolders(_ name: String) {
        #expect(!DeploymentTier.isTestFolder(Substring(name)))
    }

    @Test func composeFileTiers() {
        #expect(DeploymentTier.tier(ofComposeFile: "src/docker-compose-tests.yml") == .test)
        #expect(DeploymentTier.tier(ofComposeFile: "docker-compose.e2e.yaml") == .test)
        #expect(DeploymentTier.tier(ofComposeFile: "src/docker-compose.elk.yml") == .telemetry)
        #expect(DeploymentTier.tier(ofComposeFile: "compose.monitoring.yaml") == .telemetry)
        #expect(DeploymentTier.tier(ofComposeFile: "docker-compose-load.yaml") == .tooling)
        #expect(DeploymentTier.tier(ofComposeFile: "docker-compose.yml") == nil)
        #expect(DeploymentTier.tier(ofComposeFile: "docker-compose.override.yml") == nil)
        #expect(DeploymentTier.tier(ofComposeFile: "docker-compose.prod.yml") == nil)
    }

    @Test func imageTiers() {
        #expect(DeploymentTier.tier(ofImage: "jaegertracing/all-in-one:1.57") == .telemetry)
        #expect(DeploymentTier.tier(ofImage: "datalust/seq:latest") == .telemetry)
        #expect(DeploymentTier.tier(ofImage: "grafana/grafana") == .telemetry)
        #expect(DeploymentTier.tier(ofImage: "locustio/locust") == .tooling)
        #expect(DeploymentTier.tier(ofImage: "jaegertracing/example-hotel:1") == nil)
        #expect(DeploymentTier.tier(ofImage: "acme/orders:2") == nil)
    }

    @Test func folderTiers() {
        #expect(DeploymentTier.tier(ofFolder: "src/loadgenerator") == .tooling)
        #expect(DeploymentTier.tier(ofFolder: "deploy/elk/kibana") == .telemetry)
        #expect(DeploymentTier.tier(ofFolder: "services/orders") == nil)
    }

    @Test func testScopeOfPointsFollowsHarnessFolders() {
        #expect(TestScope.of(path: "src/Orders.FunctionalTests/OrderScenarios.cs") == .test)
        #expect(TestScope.of(path: "src/Orders.API/Program.cs") == .production)
    }
}
