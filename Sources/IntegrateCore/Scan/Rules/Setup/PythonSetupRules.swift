/// Shared setup in Python: tenacity/backoff retries, session adapters with retries, client
/// timeouts, breakers, and telemetry libraries in requirements.
enum PythonSetupRules {
    static let all = [retryDecorator, sessionRetries, clientTimeout, breaker, telemetryDependency, grpcHealth]

    /// `@retry(stop=stop_after_attempt(3))` (tenacity), `@backoff.on_exception(…)`.
    static let retryDecorator = SetupRule(
        id: "python.setup.retry-decorator", summary: "A tenacity or backoff retry decorator (covers the calls in the function it decorates).",
        provides: [.retry], technology: "tenacity", reach: .function, languages: [.python], keywords: ["tenacity", "backoff"],
        pattern: #"^[ \t]*@(?:tenacity\.retry|retry|backoff\.on_(?:exception|predicate))\b"#,
        triggering: ["from tenacity import retry, stop_after_attempt\n↓@retry(stop=stop_after_attempt(3))\ndef charge(order): ..."],
        nonTriggering: ["from tenacity import retry\nretry_count = 3"])

    /// `session.mount("https://", HTTPAdapter(max_retries=Retry(total=3)))`.
    static let sessionRetries = SetupRule(
        id: "python.setup.session-retries", summary: "A requests session adapter with retries.",
        provides: [.retry], technology: "urllib3-retry", languages: [.python], keywords: ["HTTPAdapter"],
        pattern: #"\bHTTPAdapter\([^)\n]*max_retries\s*="#,
        triggering: ["import requests\nsession = requests.Session()\nsession.mount(\"https://\", ↓HTTPAdapter(max_retries=Retry(total=3)))"],
        nonTriggering: ["import requests\nadapter = HTTPAdapter()"])

    /// `httpx.Client(timeout=2.0)`, `aiohttp.ClientSession(timeout=ClientTimeout(total=2))`.
    static let clientTimeout = SetupRule(
        id: "python.setup.client-timeout", summary: "A timeout on a shared httpx client or aiohttp session.",
        provides: [.timeout], technology: "python-http-client", languages: [.python], keywords: ["httpx", "aiohttp"],
        pattern: #"\b(?:httpx\.(?:Async)?Client|aiohttp\.ClientSession)\([^)\n]*\btimeout\s*=\s*(?<value>[^,)\n]+\)?)"#,
        triggering: ["import httpx\nclient = ↓httpx.Client(base_url=BASE, timeout=2.0)"],
        nonTriggering: ["import httpx\nclient = httpx.Client(base_url=BASE)"])

    /// `breaker = pybreaker.CircuitBreaker(fail_max=5)`, `@circuit` (circuitbreaker).
    static let breaker = SetupRule(
        id: "python.setup.circuit-breaker", summary: "A pybreaker or circuitbreaker circuit breaker.",
        provides: [.circuitBreaker], technology: "pybreaker", languages: [.python], keywords: ["pybreaker", "circuitbreaker"],
        pattern: #"\bpybreaker\.CircuitBreaker\(|^[ \t]*@circuit\b"#,
        note: "Taken as covering the component's calls; which calls a breaker object wraps is not followed.",
        triggering: ["import pybreaker\nbreaker = ↓pybreaker.CircuitBreaker(fail_max=5)"],
        nonTriggering: ["import pybreaker\nstate = breaker.current_state"])

    /// `opentelemetry-sdk`, `prometheus-client`, `prometheus-fastapi-instrumentator`, `ddtrace`.
    static let telemetryDependency = SetupRule(
        id: "python.setup.telemetry-dependency", summary: "A metrics or tracing library in Python requirements.",
        provides: [.telemetry], technology: "python-telemetry", files: ["requirements.txt", "*requirements.txt", "*requirements.in", "pyproject.toml", "Pipfile"],
        keywords: ["opentelemetry", "prometheus", "ddtrace", "sentry-sdk", "statsd"],
        pattern: #"^[ \t]*["']?(?<value>opentelemetry-[\w-]+|prometheus[-_]client|prometheus-fastapi-instrumentator|starlette-exporter|ddtrace|sentry-sdk|statsd)\b"#,
        triggering: ["fastapi==0.110\n↓prometheus-fastapi-instrumentator==7.0.0"],
        nonTriggering: ["fastapi==0.110\n# see https://github.com/open-telemetry/opentelemetry-python"])

    /// `health_pb2_grpc.add_HealthServicer_to_server(health.HealthServicer(), server)` (`grpc_health.v1`):
    /// the standard gRPC health service registered on a server.
    static let grpcHealth = SetupRule(
        id: "python.setup.grpc-health", summary: "The standard gRPC health service (`grpc.health.v1`) registered on a server.",
        provides: [.health], technology: "grpc-health", languages: [.python], keywords: ["add_HealthServicer_to_server"],
        pattern: #"\b(?:\w+\.)*add_HealthServicer_to_server\("#, defaultValue: "grpc.health.v1",
        triggering: ["from grpc_health.v1 import health, health_pb2_grpc\n↓health_pb2_grpc.add_HealthServicer_to_server(health.HealthServicer(), server)"],
        nonTriggering: ["from grpc_health.v1 import health_pb2\nstatus = health_pb2.HealthCheckResponse.SERVING  # add_HealthServicer_to_server later"])
}
