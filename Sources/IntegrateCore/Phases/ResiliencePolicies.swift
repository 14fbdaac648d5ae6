/// The "Recommended Policies" of `error-handling.md`: the framework's defaults, and where each
/// ecosystem the project's callers are written in takes them from.
enum ResiliencePolicies {
    /// The library each ecosystem reaches for, by the language of the calling file.
    static let libraries: [(languages: Set<Language>, text: String)] = [
        ([.csharp], ".NET: `Microsoft.Extensions.Http.Resilience` (`AddStandardResilienceHandler()`, once in `ConfigureHttpClientDefaults`), built on Polly"),
        ([.java, .kotlin], "JVM: Resilience4j (retry, circuitbreaker, bulkhead, timelimiter instances in `application.yml` with the Spring Boot starter)"),
        ([.python], "Python: tenacity or backoff for retries, pybreaker for a breaker, and a timeout on a shared `httpx.Client`/`requests.Session`"),
        ([.javascript, .typescript], "Node: cockatiel (retry, circuit breaker, timeout, bulkhead) or opossum (circuit breaker), and a timeout on a shared axios instance"),
        ([.go], "Go: failsafe-go (retry, circuit breaker, timeout, bulkhead) and an `http.Client` with `Timeout` set"),
        ([.swift], "Swift: IntegrationKit (see `docs/IntegrationKit.md` in the integrate repository)"),
        ([.ruby], "Ruby: Faraday's retry middleware and a circuit breaker such as circuitbox"),
        ([.php], "PHP: Guzzle's retry middleware and a circuit breaker such as ackintosh/ganesha"),
    ]

    /// The proposal table, then (after a blank line, so Markdown ends the table) the libraries of
    /// the ecosystems the callers are written in, and only those.
    static func render(callers: Set<Language>) -> String {
        let where_ = libraries.filter { !$0.languages.isDisjoint(with: callers) }.map { "- \($0.text)" }
        return """
            Defaults proposed from the framework's success metrics (<2 s for synchronous calls, >99.5% success):

            | Policy | Proposal |
            |---|---|
            | Timeout | 2 s per attempt for synchronous calls; an overall deadline of 5 s including retries |
            | Retry | at most 3 attempts, only idempotent operations and 429/502/503/504/timeouts; exponential backoff 100 ms × 2ⁿ with full jitter, capped at 2 s; honour `Retry-After` up to the cap |
            | Retry budget | token bucket: a failure costs 1 token, a success refunds 0.1; retry only while more than half the tokens remain |
            | Circuit breaker | open at ≥50% failures (or ≥80% calls slower than 2 s) over the last 100 calls, minimum 20 calls; stay open 30 s; 5 trial calls half-open, back to open if they do not finish within 10 s |
            | Bulkhead | at most 20 concurrent calls per dependency, 10 waiting for at most 100 ms |

            """ + (where_.isEmpty ? "" : "\nWhere the callers here take them from:\n\n" + where_.joined(separator: "\n"))
    }
}
