/// The artifact files `integrate` writes, relative to the output folder.
public enum ArtifactFile {
    public static let architecture = "integration-architecture.md"
    public static let contractsIndex = "api-contracts/README.md"
    public static let dataMapping = "data-mapping.md"
    public static let errorHandling = "error-handling.md"
    public static let testingStrategy = "testing-strategy.md"
    public static let monitoringSetup = "monitoring-setup.md"
    public static let performance = "performance-optimization.md"
    public static let changelog = "CHANGELOG.md"
    public static let landscapeDot = "landscape.dot"
    /// Monitoring files generated from the landscape (Phase 6), loadable as they are.
    public static let monitoringRules = "monitoring/prometheus/integration-rules.yml"
    public static let monitoringRuleTests = "monitoring/prometheus/integration-rules.test.yml"
    public static let monitoringScrapeConfig = "monitoring/prometheus/scrape-probes.yml"
    public static let monitoringBlackbox = "monitoring/blackbox/blackbox.yml"
    public static let monitoringDashboard = "monitoring/grafana/integrations.json"
    public static let monitoringFiles = [monitoringRules, monitoringRuleTests, monitoringScrapeConfig, monitoringBlackbox, monitoringDashboard]

    /// The documents built from template layouts, in phase order.
    public static let documents = [architecture, contractsIndex, dataMapping, errorHandling, testingStrategy, monitoringSetup, performance]
}
