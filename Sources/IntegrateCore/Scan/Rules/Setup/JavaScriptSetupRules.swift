/// Shared setup in JavaScript and TypeScript: axios instances and defaults, axios-retry,
/// cockatiel and opossum policies, telemetry libraries in package.json.
enum JavaScriptSetupRules {
    static let all = [axiosInstanceTimeout, axiosDefaultsTimeout, axiosRetry, cockatiel, opossum, telemetryDependency, grpcHealth]

    /// `const api = axios.create({ baseURL, timeout: 2000 })`.
    static let axiosInstanceTimeout = SetupRule(
        id: "js.setup.axios-instance-timeout", summary: "A timeout on a shared axios instance.",
        provides: [.timeout], technology: "axios", languages: [.javascript, .typescript], keywords: ["axios.create"],
        pattern: #"\baxios\.create\(\s*\{[^}]*?\btimeout\s*:\s*(?<value>[^,}\n]+)"#,
        triggering: ["import axios from 'axios'\nconst api = ↓axios.create({ baseURL: process.env.ORDERS_URL, timeout: 2000 })"],
        nonTriggering: ["import axios from 'axios'\nconst api = axios.create({ baseURL: process.env.ORDERS_URL })"])

    /// `axios.defaults.timeout = 2000`.
    static let axiosDefaultsTimeout = SetupRule(
        id: "js.setup.axios-defaults-timeout", summary: "A timeout on axios's global defaults (every axios call of the component).",
        provides: [.timeout], technology: "axios", languages: [.javascript, .typescript], keywords: ["axios.defaults"],
        pattern: #"\baxios\.defaults\.timeout\s*=\s*(?<value>[^;\n]+)"#,
        triggering: ["import axios from 'axios'\n↓axios.defaults.timeout = 2000;"],
        nonTriggering: ["import axios from 'axios'\nconst t = axios.defaults.baseURL;"])

    /// `axiosRetry(axios, { retries: 3, retryDelay: axiosRetry.exponentialDelay })`.
    static let axiosRetry = SetupRule(
        id: "js.setup.axios-retry", summary: "Retries on an axios instance with axios-retry.",
        provides: [.retry], technology: "axios-retry", languages: [.javascript, .typescript], keywords: ["axios-retry"],
        pattern: #"\baxiosRetry\(\s*\w"#,
        triggering: ["import axiosRetry from 'axios-retry'\n↓axiosRetry(axios, { retries: 3 })"],
        nonTriggering: ["import axiosRetry from 'axios-retry'\nconst delay = axiosRetry.exponentialDelay"])

    /// cockatiel: `retry(handleAll, {...})`, `circuitBreaker(handleAll, {...})`, `timeout(2000, …)`, `bulkhead(10)`.
    static let cockatiel = SetupRule(
        id: "js.setup.cockatiel", summary: "A cockatiel retry, circuit breaker, timeout or bulkhead policy.",
        provides: [.retry], kindNames: ["retry": .retry, "circuitbreaker": .circuitBreaker, "timeout": .timeout, "bulkhead": .bulkhead],
        technology: "cockatiel", languages: [.typescript, .javascript], keywords: ["cockatiel"],
        pattern: #"(?<![\w.])(?<kind>retry|circuitBreaker|timeout|bulkhead)\(\s*(?:handle\w+|\d)"#,
        triggering: ["import { retry, handleAll, ExponentialBackoff } from 'cockatiel'\nconst policy = ↓retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() })"],
        nonTriggering: ["import { retry } from 'cockatiel'\nsetTimeout(run, 10)"])

    /// opossum: `new CircuitBreaker(callOrders, { timeout: 2000 })`.
    static let opossum = SetupRule(
        id: "js.setup.opossum", summary: "An opossum circuit breaker around a call.",
        provides: [.circuitBreaker], technology: "opossum", languages: [.javascript, .typescript], keywords: ["opossum"],
        pattern: #"\bnew\s+CircuitBreaker\("#,
        triggering: ["const CircuitBreaker = require('opossum')\nconst breaker = ↓new CircuitBreaker(callOrders, { timeout: 2000 })"],
        nonTriggering: ["const CircuitBreaker = require('opossum')\nbreaker.fire()"])

    /// `@opentelemetry/*`, `prom-client`, `dd-trace`, `newrelic`, `@sentry/node` in package.json.
    static let telemetryDependency = SetupRule(
        id: "js.setup.telemetry-dependency", summary: "A metrics or tracing library in package.json.",
        provides: [.telemetry], technology: "node-telemetry", files: ["package.json"],
        keywords: ["@opentelemetry/", "prom-client", "dd-trace", "newrelic", "@sentry/", "applicationinsights"],
        pattern: #""(?<value>@opentelemetry/[\w.-]+|prom-client|dd-trace|newrelic|@sentry/node|applicationinsights)"\s*:"#,
        triggering: ["{\"dependencies\": {\n  ↓\"prom-client\": \"^15.0.0\"\n}}"],
        nonTriggering: ["{\"repository\": \"https://github.com/x/otel-demo\", \"dependencies\": {\"axios\": \"1.0.0\"}}"])

    /// `grpc-health-check`: `new HealthImplementation(statusMap)` (v2) or `new health.Implementation(statusMap)` (v1),
    /// added to the server: the standard gRPC health service.
    static let grpcHealth = SetupRule(
        id: "js.setup.grpc-health", summary: "The standard gRPC health service (`grpc.health.v1`) of `grpc-health-check`.",
        provides: [.health], technology: "grpc-health", languages: [.javascript, .typescript], keywords: ["grpc-health-check"],
        pattern: #"\bnew\s+(?:HealthImplementation|\w+\.Implementation)\s*\("#, defaultValue: "grpc.health.v1",
        note: "Read only in a file that names `grpc-health-check` (its import).",
        triggering: ["const { HealthImplementation } = require('grpc-health-check')\nconst health = ↓new HealthImplementation({ '': 'SERVING' })\nhealth.addToServer(server)"],
        nonTriggering: ["const { HealthImplementation } = require('grpc-health-check')\nconst impl = new Implementation(statusMap)"])
}
