/// Shared setup in Swift: Vapor, URLSession and AsyncHTTPClient timeouts, IntegrationKit
/// pipelines, metrics and tracing packages.
enum SwiftSetupRules {
    static let all = [vaporClientTimeout, urlSessionTimeout, asyncHTTPClientTimeout, integrationKit, telemetryPackage]

    /// `app.http.client.configuration.timeout = .init(connect: .seconds(1), read: .seconds(2))`.
    static let vaporClientTimeout = SetupRule(
        id: "swift.setup.vapor-client-timeout", summary: "A timeout on Vapor's shared HTTP client (every `req.client` call).",
        provides: [.timeout], technology: "vapor", languages: [.swift], keywords: ["client.configuration.timeout"],
        pattern: #"\b\w+\.http\.client\.configuration\.timeout\s*=\s*(?<value>[^\n]+)"#,
        triggering: ["import Vapor\n↓app.http.client.configuration.timeout = .init(connect: .seconds(1), read: .seconds(2))"],
        nonTriggering: ["import Vapor\nlet t = app.http.client.configuration.timeout"])

    /// `configuration.timeoutIntervalForRequest = 2` on a shared URLSession configuration.
    static let urlSessionTimeout = SetupRule(
        id: "swift.setup.urlsession-timeout", summary: "A timeout on a shared URLSession configuration.",
        provides: [.timeout], technology: "urlsession", languages: [.swift], keywords: ["timeoutIntervalFor"],
        pattern: #"\.timeoutIntervalFor(?:Request|Resource)\s*=\s*(?<value>[^\n]+)"#,
        triggering: ["let configuration = URLSessionConfiguration.default\nconfiguration↓.timeoutIntervalForRequest = 2"],
        nonTriggering: ["let t = configuration.timeoutIntervalForRequest"])

    /// `HTTPClient(configuration: .init(timeout: .init(connect: .seconds(1), read: .seconds(2))))`.
    static let asyncHTTPClientTimeout = SetupRule(
        id: "swift.setup.async-http-client-timeout", summary: "A timeout on an AsyncHTTPClient configuration.",
        provides: [.timeout], technology: "async-http-client", languages: [.swift], keywords: ["AsyncHTTPClient"],
        pattern: #"\btimeout:\s*(?<value>(?:HTTPClient\.Configuration\.Timeout|\.init)\([^\n]*?\))"#,
        triggering: ["import AsyncHTTPClient\nlet client = HTTPClient(configuration: .init(↓timeout: .init(connect: .seconds(1), read: .seconds(2))))"],
        nonTriggering: ["import AsyncHTTPClient\nlet client = HTTPClient(eventLoopGroupProvider: .singleton)"])

    /// IntegrationKit pipelines: `.retry(…)`, `.circuitBreaker(…)`, `.timeout(…)`, `.bulkhead(…)`.
    static let integrationKit = SetupRule(
        id: "swift.setup.integrationkit", summary: "An IntegrationKit pipeline stage (retry, circuit breaker, timeout, bulkhead).",
        provides: [.retry], kindNames: ["retry": .retry, "circuitbreaker": .circuitBreaker, "timeout": .timeout, "attempttimeout": .timeout, "bulkhead": .bulkhead],
        technology: "IntegrationKit", languages: [.swift], keywords: ["import IntegrationKit"],
        pattern: #"\.(?<kind>retry|circuitBreaker|attemptTimeout|timeout|bulkhead)\("#,
        triggering: ["import IntegrationKit\nlet pipeline = ResiliencePipelineBuilder()↓.retry(RetryConfiguration(maxAttempts: 3))"],
        nonTriggering: ["import IntegrationKit\nlet pipeline = ResiliencePipelineBuilder().build()"])

    /// swift-prometheus, swift-metrics, swift-distributed-tracing, swift-otel in Package.swift.
    static let telemetryPackage = SetupRule(
        id: "swift.setup.telemetry-package", summary: "A metrics or tracing package in Package.swift.",
        provides: [.telemetry], technology: "swift-telemetry", files: ["Package.swift"],
        keywords: ["swift-prometheus", "swift-metrics", "swift-distributed-tracing", "swift-otel"],
        pattern: #"github\.com/(?<value>swift-server/swift-prometheus|apple/swift-metrics|apple/swift-distributed-tracing|swift-otel/swift-otel|slashmo/swift-otel)\b"#,
        triggering: [".package(url: \"https://↓github.com/swift-server/swift-prometheus.git\", from: \"2.0.0\"),"],
        nonTriggering: [".package(url: \"https://github.com/vapor/vapor.git\", from: \"4.0.0\"),"])
}
