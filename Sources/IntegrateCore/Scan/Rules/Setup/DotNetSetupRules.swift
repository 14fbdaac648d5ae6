/// Shared setup in .NET: HttpClientFactory resilience (Microsoft.Extensions.Http.Resilience,
/// Polly), client timeouts, health checks, OpenTelemetry, and shared-setup extension methods.
enum DotNetSetupRules {
    static let all = [standardResilience, pollyStrategy, pollyPolicy, clientTimeout, healthChecks, grpcHealth, openTelemetry, extensionDefinition, extensionCall]

    /// `http.AddStandardResilienceHandler()`: total and attempt timeouts, retries, breaker, limiter.
    static let standardResilience = SetupRule(
        id: "csharp.setup.standard-resilience", summary: "A standard resilience handler on an HttpClient (or on every client, in `ConfigureHttpClientDefaults`).",
        provides: [.timeout, .retry, .circuitBreaker, .bulkhead], technology: "Microsoft.Extensions.Http.Resilience",
        languages: [.csharp], keywords: ["AddStandardResilienceHandler", "AddStandardHedgingHandler"],
        pattern: #"(?:\b\w+\s*)?\.\s*AddStandard(?:Resilience|Hedging)Handler\("#,
        defaultValue: "standard handler: 30 s total, 10 s per attempt, 3 retries, breaker, 1000 concurrent",
        note: "Applied to the component's clients; which client a handler is on is not followed.",
        triggering: [
            "builder.Services.ConfigureHttpClientDefaults(http =>\n{\n    ↓http.AddStandardResilienceHandler();\n});",
            "services.AddHttpClient<CatalogClient>()\n    ↓.AddStandardResilienceHandler();",
        ],
        nonTriggering: ["services.AddHttpClient<CatalogClient>();", "// http.AddStandardResilienceHandler();"])

    /// Polly v8 strategies on a resilience pipeline: `builder.AddRetry(new HttpRetryStrategyOptions())`.
    static let pollyStrategy = SetupRule(
        id: "csharp.setup.polly-strategy", summary: "A Polly v8 strategy (retry, timeout, circuit breaker, concurrency limiter) on a resilience pipeline.",
        provides: [.retry], kindNames: ["retry": .retry, "timeout": .timeout, "circuitbreaker": .circuitBreaker, "concurrencylimiter": .bulkhead, "hedging": .retry],
        technology: "Polly", languages: [.csharp], keywords: ["Polly", "AddResilienceHandler", "ResiliencePipelineBuilder"],
        pattern: #"\.\s*Add(?<kind>Retry|Timeout|CircuitBreaker|ConcurrencyLimiter|Hedging)\s*\("#,
        triggering: ["services.AddHttpClient(\"catalog\").AddResilienceHandler(\"pipeline\", b =>\n{\n    b↓.AddTimeout(TimeSpan.FromSeconds(2));\n});"],
        nonTriggering: ["using Polly;\nservices.AddRateLimiter(o => { });"])

    /// Polly v7 policies: `Policy.Handle<X>().WaitAndRetryAsync(3, ...)`, `.CircuitBreakerAsync(5, ...)`.
    static let pollyPolicy = SetupRule(
        id: "csharp.setup.polly-policy", summary: "A Polly v7 policy (retry, circuit breaker, timeout, bulkhead), e.g. for `AddPolicyHandler`.",
        provides: [.retry], kindNames: ["waitandretry": .retry, "retry": .retry, "circuitbreaker": .circuitBreaker, "advancedcircuitbreaker": .circuitBreaker, "timeout": .timeout, "bulkhead": .bulkhead],
        technology: "Polly", languages: [.csharp], keywords: ["Polly", "PolicyHandler", "HttpPolicyExtensions"],
        pattern: #"\.\s*(?<kind>WaitAndRetry|Retry|AdvancedCircuitBreaker|CircuitBreaker|Timeout|Bulkhead)(?:Forever)?Async\s*[(<]"#,
        triggering: ["using Polly;\nvar retry = HttpPolicyExtensions.HandleTransientHttpError()\n    ↓.WaitAndRetryAsync(3, n => TimeSpan.FromMilliseconds(100 * n));"],
        nonTriggering: ["using Polly;\nawait client.GetAsync(url);"])

    /// `client.Timeout = TimeSpan.FromSeconds(3)` on a configured HttpClient.
    static let clientTimeout = SetupRule(
        id: "csharp.setup.httpclient-timeout", summary: "A timeout set on a configured HttpClient.",
        provides: [.timeout], technology: "HttpClient", languages: [.csharp], keywords: ["HttpClient"],
        pattern: #"\b\w+\.Timeout\s*=\s*(?<value>TimeSpan\.\w+\([^)\n]*\)|Timeout\.InfiniteTimeSpan)"#,
        triggering: ["builder.Services.AddHttpClient(\"carrier\", client =>\n{\n    ↓client.Timeout = TimeSpan.FromSeconds(3);\n});"],
        nonTriggering: ["var client = new HttpClient();\nvar t = options.Timeout;"])

    /// `app.MapHealthChecks("/health")`.
    static let healthChecks = SetupRule(
        id: "csharp.setup.health-checks", summary: "An ASP.NET Core health-check endpoint.",
        provides: [.health], technology: "aspnetcore-healthchecks", languages: [.csharp], keywords: ["MapHealthChecks"],
        pattern: #"\b\w+\s*\.\s*MapHealthChecks\(\s*(?<value>"[^"\n]*"|[A-Za-z_][\w.]*)"#,
        note: "A path passed as a constant (`MapHealthChecks(HealthEndpointPath)`) is read from its string value in the same file; otherwise the name is reported as written.",
        triggering: ["↓app.MapHealthChecks(\"/health\");", "private const string HealthEndpointPath = \"/health\";\n↓app.MapHealthChecks(HealthEndpointPath);"],
        nonTriggering: ["builder.Services.AddHealthChecks();"])

    /// `app.MapGrpcHealthChecksService()`: the standard `grpc.health.v1` service.
    static let grpcHealth = SetupRule(
        id: "csharp.setup.grpc-health", summary: "The standard gRPC health service (`grpc.health.v1`) mapped in ASP.NET Core.",
        provides: [.health], technology: "grpc-health", languages: [.csharp], keywords: ["MapGrpcHealthChecksService"],
        pattern: #"\b\w+\s*\.\s*MapGrpcHealthChecksService\("#, defaultValue: "grpc.health.v1",
        triggering: ["↓app.MapGrpcHealthChecksService();"],
        nonTriggering: ["builder.Services.AddGrpcHealthChecks();"])

    /// `builder.Services.AddOpenTelemetry().WithTracing(...)`.
    static let openTelemetry = SetupRule(
        id: "csharp.setup.opentelemetry", summary: "OpenTelemetry tracing or metrics configured for the host.",
        provides: [.telemetry], technology: "OpenTelemetry", languages: [.csharp], keywords: ["AddOpenTelemetry", "UseOtlpExporter", "WithTracing", "WithMetrics"],
        pattern: #"\b\w+\s*\.\s*(?:AddOpenTelemetry|UseOtlpExporter)\(|\.\s*With(?:Tracing|Metrics)\("#,
        triggering: ["builder.↓Services.AddOpenTelemetry().WithTracing(t => t.AddAspNetCoreInstrumentation());"],
        nonTriggering: ["var otelUrl = \"https://github.com/open-telemetry/opentelemetry-dotnet\";"])

    /// `public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)`.
    static let extensionDefinition = SetupRule(
        id: "csharp.setup.extension-method", summary: "An extension method that may hold shared setup; setup inside it reaches every component that calls it.",
        provides: [.definition], technology: "extension-method", languages: [.csharp], keywords: ["this "],
        pattern: #"\bstatic\s+[\w.]+(?:<[^>\n]*>)?\??\s+(?<name>\w+)\s*(?:<[^>\n]*>)?\(\s*this\s+"#,
        triggering: ["public static class Extensions\n{\n    public ↓static WebApplication MapDefaultEndpoints(this WebApplication app)\n    {\n        return app;\n    }\n}"],
        nonTriggering: ["public static WebApplication Build(WebApplicationBuilder builder) => builder.Build();"])

    /// `builder.AddServiceDefaults()`, `app.MapDefaultEndpoints()`: a call that may be to shared setup.
    static let extensionCall = SetupRule(
        id: "csharp.setup.extension-call", summary: "A call without arguments to an `Add…`/`Map…`/`Use…`/`Configure…` method: counted only when it calls a shared-setup method of the project.",
        provides: [.invocation], technology: "extension-method", languages: [.csharp], keywords: ["Add", "Map", "Use", "Configure"],
        pattern: #"\b\w+\s*\.\s*(?<name>(?:Add|Map|Use|Configure)\w+)\(\s*\)"#,
        triggering: ["var builder = WebApplication.CreateBuilder(args);\n↓builder.AddServiceDefaults();"],
        nonTriggering: ["app.MapGet(\"/x\", () => 1);"])
}
