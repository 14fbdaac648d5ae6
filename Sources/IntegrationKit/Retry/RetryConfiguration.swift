/// When and how ``Retry`` tries again.
public struct RetryConfiguration: Sendable {
    /// Total attempts including the first (1 disables retrying).
    public var maxAttempts: Int
    public var backoff: Backoff
    public var jitter: Jitter
    /// Upper bound of any backoff delay.
    public var maxDelay: Duration
    /// Whether an error is worth another attempt. By default everything except cancellation and
    /// an open circuit breaker (retrying into an open breaker only burns attempts).
    public var shouldRetry: @Sendable (any Error) -> Bool
    /// Extracts a server's requested delay (HTTP `Retry-After`) from an error, if any.
    public var retryAfter: @Sendable (any Error) -> Duration?
    /// The longest server-requested delay honoured; a longer `Retry-After` ends retrying, since
    /// retrying earlier than the server asked would only be rejected again.
    public var maxRetryAfter: Duration
    /// A budget shared across calls to the same dependency; `nil` means unlimited.
    public var budget: RetryBudget?
    /// Randomness for jitter (inject a fixed source in tests).
    public var random: RandomSource

    public init(
        maxAttempts: Int = 3,
        backoff: Backoff = .exponential(initial: .milliseconds(100)),
        jitter: Jitter = .full,
        maxDelay: Duration = .seconds(10),
        shouldRetry: @escaping @Sendable (any Error) -> Bool = RetryConfiguration.retriesByDefault,
        retryAfter: @escaping @Sendable (any Error) -> Duration? = { _ in nil },
        maxRetryAfter: Duration = .seconds(30),
        budget: RetryBudget? = nil,
        random: RandomSource = .system
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.backoff = backoff
        self.jitter = jitter
        self.maxDelay = maxDelay
        self.shouldRetry = shouldRetry
        self.retryAfter = retryAfter
        self.maxRetryAfter = maxRetryAfter
        self.budget = budget
        self.random = random
    }

    /// The default error predicate: retry anything but `CancellationError` and ``ResilienceError/circuitOpen``.
    public static let retriesByDefault: @Sendable (any Error) -> Bool = { error in
        !(error is CancellationError) && (error as? ResilienceError) != .circuitOpen
    }
}

/// What to do with a successful result (for example an HTTP 503 response).
public enum RetryDecision: Sendable, Equatable {
    /// Return the result.
    case accept
    /// Try again after the usual backoff (the result is returned if no attempt is left).
    case retry
    /// Try again after the server-requested delay (subject to ``RetryConfiguration/maxRetryAfter``).
    case retryAfter(Duration)
}
