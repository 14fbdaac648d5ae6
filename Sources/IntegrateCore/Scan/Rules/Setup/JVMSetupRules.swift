/// Shared setup on the JVM: Resilience4j configuration and annotations, client timeouts, Spring
/// actuator health, metrics and tracing libraries.
enum JVMSetupRules {
    static let all = [resilience4jConfig, resilienceAnnotation, clientTimeout, actuator, actuatorExposure, telemetryDependency, grpcHealth]

    /// `resilience4j:` then `  retry:` / `  circuitbreaker:` in `application.yml`, or `resilience4j.retry.…` properties.
    static let resilience4jConfig = SetupRule(
        id: "jvm.setup.resilience4j-config", summary: "Resilience4j retry, circuit breaker, bulkhead or time limiter instances configured in Spring configuration.",
        provides: [.retry], kindNames: ["retry": .retry, "circuitbreaker": .circuitBreaker, "bulkhead": .bulkhead, "thread-pool-bulkhead": .bulkhead, "timelimiter": .timeout],
        technology: "Resilience4j", files: ["application.yml", "application.yaml", "application.properties", "bootstrap.yml"], keywords: ["resilience4j"],
        pattern: #"(?:^resilience4j\.|(?<=^  ))(?<kind>retry|circuitbreaker|thread-pool-bulkhead|bulkhead|timelimiter)[:.]"#,
        triggering: ["resilience4j:\n  ↓circuitbreaker:\n    instances:\n      orders:\n        failureRateThreshold: 50"],
        nonTriggering: ["spring:\n  kafka:\n    retry:\n      topic: x"])

    /// `@CircuitBreaker(name = "orders")`, `@Retry(name = …)`, `@Retryable(…)` on a method.
    static let resilienceAnnotation = SetupRule(
        id: "jvm.setup.resilience-annotation", summary: "A Resilience4j or Spring Retry annotation on a method (covers the calls in the function it decorates).",
        provides: [.retry], kindNames: ["retryable": .retry, "retry": .retry, "circuitbreaker": .circuitBreaker, "bulkhead": .bulkhead, "timelimiter": .timeout],
        technology: "Resilience4j", reach: .function, languages: [.java, .kotlin], keywords: ["resilience4j", "springframework.retry"],
        pattern: #"@(?<kind>Retryable|Retry|CircuitBreaker|Bulkhead|TimeLimiter)\s*\("#,
        triggering: ["import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;\n↓@CircuitBreaker(name = \"orders\")\npublic Order get() { return null; }"],
        nonTriggering: ["import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;\nvar r = CircuitBreakerRegistry.ofDefaults();"])

    /// `factory.setReadTimeout(2000)`, `.responseTimeout(Duration.ofSeconds(2))`, `.connectTimeout(…)`.
    static let clientTimeout = SetupRule(
        id: "jvm.setup.client-timeout", summary: "A read, connect or response timeout set on a configured HTTP client (RestTemplate, WebClient, OkHttp, java.net.http).",
        provides: [.timeout], technology: "http-client", languages: [.java, .kotlin], keywords: ["Timeout("],
        pattern: #"\.\s*(?:set(?:Read|Connect|Response)Timeout|(?:read|connect|response|call)Timeout)\s*\(\s*(?<value>[^)\n]+\)?)\)"#,
        triggering: ["var factory = new SimpleClientHttpRequestFactory();\nfactory↓.setReadTimeout(2000);"],
        nonTriggering: ["var t = props.getTimeout();"])

    /// `spring-boot-starter-actuator`: `/actuator/health` is exposed over HTTP by default.
    static let actuator = SetupRule(
        id: "jvm.setup.actuator", summary: "Spring Boot actuator, which serves `/actuator/health`.",
        provides: [.health], technology: "spring-boot-actuator", files: ["build.gradle", "build.gradle.kts", "pom.xml"], keywords: ["spring-boot-starter-actuator"],
        pattern: #"\bspring-boot-starter-actuator\b"#, defaultValue: "/actuator/health",
        triggering: ["dependencies {\n    implementation(\"org.springframework.boot:↓spring-boot-starter-actuator\")\n}"],
        nonTriggering: ["dependencies {\n    implementation(\"org.springframework.boot:spring-boot-starter-web\")\n}"])

    /// `management.endpoints.web.exposure.include: health,prometheus`.
    static let actuatorExposure = SetupRule(
        id: "jvm.setup.actuator-exposure", summary: "Actuator's health endpoint exposed in Spring configuration.",
        provides: [.health], technology: "spring-boot-actuator", files: ["application.yml", "application.yaml", "application.properties"], keywords: ["management"],
        pattern: #"\b(?:management\.endpoints\.web\.exposure\.)?include\s*[:=]\s*["']?(?:[\w-]+\s*,\s*)*health\b"#, defaultValue: "/actuator/health",
        triggering: ["management:\n  endpoints:\n    web:\n      exposure:\n        ↓include: health,prometheus"],
        nonTriggering: ["management:\n  endpoints:\n    web:\n      exposure:\n        include: prometheus"])

    /// Micrometer, OpenTelemetry or Prometheus client libraries in a build file.
    static let telemetryDependency = SetupRule(
        id: "jvm.setup.telemetry-dependency", summary: "A metrics or tracing library (Micrometer, OpenTelemetry, Prometheus) in a Gradle or Maven build.",
        provides: [.telemetry], technology: "jvm-telemetry", files: ["build.gradle", "build.gradle.kts", "pom.xml"], keywords: ["micrometer", "opentelemetry", "io.prometheus", "simpleclient"],
        pattern: #"(?<value>io\.micrometer:micrometer-(?:registry|tracing)[\w-]*|io\.opentelemetry[\w.]*:[\w-]+|io\.prometheus:[\w-]+|<artifactId>(?:micrometer-(?:registry|tracing)[\w-]*|opentelemetry-[\w-]+|simpleclient[\w-]*)</artifactId>)"#,
        triggering: ["dependencies {\n    implementation(\"↓io.micrometer:micrometer-registry-prometheus\")\n}"],
        nonTriggering: ["dependencies {\n    implementation(\"io.micrometer:micrometer-core\")\n}"])

    /// `new HealthStatusManager()` (`io.grpc.protobuf.services`), whose `getHealthService()` is added
    /// to the server: the standard gRPC health service.
    static let grpcHealth = SetupRule(
        id: "jvm.setup.grpc-health", summary: "The standard gRPC health service (`grpc.health.v1`) of grpc-java's `HealthStatusManager`.",
        provides: [.health], technology: "grpc-health", languages: [.java, .kotlin], keywords: ["HealthStatusManager"],
        pattern: #"\b(?:io\.grpc\.protobuf\.services\.)?HealthStatusManager\s*\(\s*\)"#, defaultValue: "grpc.health.v1",
        triggering: ["import io.grpc.protobuf.services.HealthStatusManager;\nHealthStatusManager health = new ↓HealthStatusManager();\nserver = ServerBuilder.forPort(port).addService(health.getHealthService()).build();"],
        nonTriggering: ["import io.grpc.protobuf.services.HealthStatusManager;\nprivate final HealthStatusManager health;"])
}
