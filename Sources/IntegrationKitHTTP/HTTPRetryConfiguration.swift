import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IntegrationKit

extension RetryConfiguration {
    /// Retry settings for HTTP calls: a thrown ``HTTPStatusError`` with status 408, 429 or 5xx is
    /// retried (other 4xx are not: the same request fails the same way), so are transient
    /// `URLError`s, timeouts and returned responses with those statuses (``OutcomeClassifier/http``);
    /// `Retry-After` (carried by the error, or the header of a returned response) is honoured up to
    /// `maxRetryAfter` (a longer one ends retrying), and a shared budget stops storms.
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
            resultRetryAfter: { OutcomeClassifier.httpResponse(in: $0).flatMap { HTTPStatusError.retryAfter(of: $0) } },
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
