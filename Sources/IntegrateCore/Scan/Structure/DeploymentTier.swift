import Foundation

/// Tells test, tooling and telemetry parts of a tree from the core deployment, by the names of
/// compose files, folders and images: test compose files and e2e/functional-test folders are
/// test scope, load generators tooling, logging/monitoring overlays and the observability
/// stack telemetry.
enum DeploymentTier {
    /// Words of a compose file name (split at `.`, `-`, `_`) that make it a test file.
    static let testWords: Set<String> = ["test", "tests", "e2e", "functional", "integration", "ci"]
    static let toolingWords: Set<String> = ["load", "loadgen", "loadtest", "locust", "perf", "benchmark"]
    static let telemetryWords: Set<String> = [
        "elk", "efk", "logging", "logs", "monitoring", "monitor", "observability", "telemetry", "metrics", "tracing",
        "prometheus", "grafana", "jaeger", "zipkin", "otel", "opentelemetry", "loki", "seq",
    ]

    /// The tier of a compose file, from its name (`docker-compose-tests.yml` is test,
    /// `docker-compose.elk.yml` telemetry, `compose.load.yaml` tooling).
    static func tier(ofComposeFile path: String) -> Component.Tier? {
        let name = ProjectFiles.name(path).lowercased()
        let words = Set(name.split { ".-_".contains($0) }.map(String.init))
        if !words.isDisjoint(with: testWords) { return .test }
        if !words.isDisjoint(with: toolingWords) { return .tooling }
        if !words.isDisjoint(with: telemetryWords) { return .telemetry }
        return nil
    }

    /// Whether one folder name is a test harness: `e2e`, `functional-tests`, `Cart.UnitTests`,
    /// `api_tests`, `integration-test` (the plain `test`/`tests` folders are caught elsewhere).
    static func isTestFolder(_ segment: Substring) -> Bool {
        let name = segment.lowercased()
        if ["e2e", "e2e-tests", "integration-tests", "functional-tests", "acceptance-tests", "api-tests", "ui-tests"].contains(name) { return true }
        for suffix in ["tests", "test", "-e2e", ".e2e", "_e2e"] where name.hasSuffix(suffix) && name.count > suffix.count {
            let before = name.dropLast(suffix.count)
            // `Cart.UnitTests`, `api-tests`, `UnitTests`, not `latest` or `contest`.
            if before.hasSuffix(".") || before.hasSuffix("-") || before.hasSuffix("_") || before.hasSuffix("unit")
                || before.hasSuffix("functional") || before.hasSuffix("integration") || before.hasSuffix("e2e") || before.hasSuffix("api") {
                return true
            }
        }
        return false
    }

    /// Whether a path lies under a test-harness folder.
    static func isInTestFolder(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains(where: isTestFolder)
    }

    /// The tier of a component folder: load generators are tooling; `elk`, `monitoring`,
    /// `observability`, ... folders telemetry.
    static func tier(ofFolder path: String) -> Component.Tier? {
        let segments = path.lowercased().split(separator: "/")
        if segments.contains(where: isTestFolder) { return .test }
        let tooling: Set<String> = ["load-gen", "loadgen", "loadgenerator", "load-generator", "locust", "load-test", "loadtest", "load-tests"]
        if segments.contains(where: { tooling.contains(String($0)) }) { return .tooling }
        let telemetry: Set<String> = ["elk", "efk", "monitoring", "observability", "telemetry", "prometheus", "grafana", "logging"]
        if segments.contains(where: { telemetry.contains(String($0)) }) { return .telemetry }
        return nil
    }

    /// Images of the observability stack (tracing, metrics and log backends, collectors).
    static func tier(ofImage image: String) -> Component.Tier? {
        let name = image.lowercased()
        let telemetry = [
            "jaegertracing/jaeger", "jaegertracing/all-in-one", "openzipkin/", "zipkin", "prom/", "prometheus", "grafana/", "datalust/seq", "logstash", "kibana",
            "fluentd", "fluent-bit", "otel/", "opentelemetry-collector", "loki", "tempo", "alertmanager", "blackbox-exporter",
            "node-exporter", "cadvisor", "instana/agent", "datadog/agent", "newrelic/",
        ]
        if telemetry.contains(where: { name.contains($0) }) { return .telemetry }
        if ["locust", "k6", "loadimpact", "jmeter", "gatling"].contains(where: { name.contains($0) }) { return .tooling }
        return nil
    }
}
