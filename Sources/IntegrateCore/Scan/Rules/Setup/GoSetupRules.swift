/// Shared setup in Go: client timeouts, gRPC health, resilience libraries, telemetry modules.
enum GoSetupRules {
    static let all = [clientTimeout, grpcHealth, failsafe, breaker, telemetryModule]

    /// `&http.Client{Timeout: 2 * time.Second}`.
    static let clientTimeout = SetupRule(
        id: "go.setup.http-client-timeout", summary: "A timeout on a configured `http.Client`.",
        provides: [.timeout], technology: "net/http", languages: [.go], keywords: ["http.Client{"],
        pattern: #"\bhttp\.Client\{[^}]*?\bTimeout:\s*(?<value>[^,}\n]+)"#,
        triggering: ["var client = &↓http.Client{Timeout: 2 * time.Second}"],
        nonTriggering: ["var client = &http.Client{}"])

    /// `healthpb.RegisterHealthServer(s, health.NewServer())`: the standard `grpc.health.v1` service.
    static let grpcHealth = SetupRule(
        id: "go.setup.grpc-health", summary: "The standard gRPC health service (`grpc.health.v1`) registered on a server.",
        provides: [.health], technology: "grpc-health", languages: [.go], keywords: ["RegisterHealthServer"],
        pattern: #"\b\w+\.RegisterHealthServer\("#, defaultValue: "grpc.health.v1",
        triggering: ["import healthpb \"google.golang.org/grpc/health/grpc_health_v1\"\n↓healthpb.RegisterHealthServer(s, health.NewServer())"],
        nonTriggering: ["pb.RegisterInventoryServer(s, &server{})"])

    /// failsafe-go policies: `retrypolicy.Builder[*http.Response]()`, `circuitbreaker.NewWithDefaults()`.
    static let failsafe = SetupRule(
        id: "go.setup.failsafe", summary: "A failsafe-go retry, circuit breaker, timeout or bulkhead policy.",
        provides: [.retry], kindNames: ["retrypolicy": .retry, "circuitbreaker": .circuitBreaker, "timeout": .timeout, "bulkhead": .bulkhead],
        technology: "failsafe-go", languages: [.go], keywords: ["failsafe-go"],
        pattern: #"\b(?<kind>retrypolicy|circuitbreaker|timeout|bulkhead)\.(?:Builder|New)\w*[\[(]"#,
        triggering: ["import \"github.com/failsafe-go/failsafe-go/retrypolicy\"\nvar retry = ↓retrypolicy.Builder[*http.Response]().WithMaxRetries(3).Build()"],
        nonTriggering: ["import \"github.com/failsafe-go/failsafe-go\"\nresp, err := failsafe.Get(fn, retry)"])

    /// gobreaker and hystrix-go breakers.
    static let breaker = SetupRule(
        id: "go.setup.circuit-breaker", summary: "A gobreaker or hystrix-go circuit breaker.",
        provides: [.circuitBreaker], technology: "gobreaker", languages: [.go], keywords: ["gobreaker", "hystrix-go"],
        pattern: #"\bgobreaker\.NewCircuitBreaker\b|\bhystrix\.ConfigureCommand\("#,
        triggering: ["import \"github.com/sony/gobreaker\"\nvar cb = ↓gobreaker.NewCircuitBreaker(gobreaker.Settings{Name: \"orders\"})"],
        nonTriggering: ["import \"github.com/sony/gobreaker\"\nstate := cb.State()"])

    /// `go.opentelemetry.io/otel…` or `github.com/prometheus/client_golang` in go.mod.
    static let telemetryModule = SetupRule(
        id: "go.setup.telemetry-module", summary: "A metrics or tracing module (OpenTelemetry, Prometheus) required in go.mod.",
        provides: [.telemetry], technology: "go-telemetry", files: ["go.mod"], keywords: ["go.opentelemetry.io", "prometheus/client_golang"],
        pattern: #"(?<value>go\.opentelemetry\.io/otel[\w/.-]*|github\.com/prometheus/client_golang)\s+v\d"#,
        triggering: ["module example.com/inventory\n\nrequire (\n\t↓github.com/prometheus/client_golang v1.19.1\n)"],
        nonTriggering: ["module example.com/inventory\n\nrequire github.com/gin-gonic/gin v1.10.0"])
}
