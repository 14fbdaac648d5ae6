import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IntegrationKit

extension RetryConfiguration {
    /// Retry settings for HTTP calls: transient ``HTTPStatusError``s and transient `URLError`s are
    /// retried, so are returned responses with status 5xx or 429 (``OutcomeClassifier/http``), `Retry-After` is honoured up to `maxRetryAfter`, and a shared budget stops storms.
    ///
    /// Only retry idempotent requests (GET, PUT, DELETE, or POST with an idempotency key).
    public static func http(
        maxAttempts: Int = 3,
        backoff: Backoff = .exponential(initial: .milliseconds(100)),
        jitter: Jitter = .full,
        maxDelay: Duration = .seconds(5),
        maxRetryAfter: Duration = .seconds(30),
        budget: RetryBudget? = RetryBudget()
    ) -> RetryConfiguration {
        RetryConfiguration(
            maxAttempts: maxAttempts, backoff: backoff, jitter: jitter, maxDelay: maxDelay,
            shouldRetry: { error in
                switch error {
                case let status as HTTPStatusError: status.isTransient
                case let urlError as URLError: Self.transientURLErrors.contains(urlError.code)
                case let resilience as ResilienceError: resilience == .timeout
                default: false
                }
            },
            retryAfter: { ($0 as? HTTPStatusError)?.retryAfter },
            maxRetryAfter: maxRetryAfter,
            budget: budget,
            classifier: .http)
    }

    /// `URLError` codes worth another attempt: the connection, not the request, failed.
    static let transientURLErrors: Set<URLError.Code> = [
        .timedOut, .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet,
        .dnsLookupFailed, .cannotFindHost,
    ]
}
