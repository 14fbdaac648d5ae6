import Foundation

/// Every monitoring file of a plan, keyed by its path under the output folder
/// (``ArtifactFile/monitoringFiles``). The run writes them with the other artifacts, atomically.
public enum MonitoringFiles {
    public static func render(_ plan: MonitoringPlan) -> [String: String] {
        let rulesName = "integration-rules.yml"
        return [
            ArtifactFile.monitoringRules: PrometheusRulesGenerator().render(plan),
            ArtifactFile.monitoringRuleTests: PrometheusRuleTestsGenerator().render(plan, rulesFile: rulesName),
            ArtifactFile.monitoringScrapeConfig: ScrapeConfigGenerator().render(plan, rulesFile: rulesName),
            ArtifactFile.monitoringBlackbox: BlackboxModulesGenerator().render(plan),
            ArtifactFile.monitoringDashboard: GrafanaDashboardGenerator().render(plan),
        ]
    }
}
