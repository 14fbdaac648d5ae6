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
    /// Extracts a server's requested delay from a result being retried (a returned HTTP 503 with
    /// `Retry-After`), if any; `nil` uses the backoff.
    public var resultRetryAfter: (@Sendable (any Sendable) -> Duration?)?
    /// The longest server-requested delay honoured; a longer `Retry-After` ends retrying, since
    /// retrying earlier than the server asked would only be rejected again.
    public var maxRetryAfter: Duration
    /// A budget shared across calls to the same dependency; `nil` means unlimited.
    public var budget: RetryBudget?
    /// Randomness for jitter (inject a fixed source in tests).
    public var random: RandomSource
    /// Which outcomes are failures worth another attempt: a result classified `.failure` (an HTTP
    /// 503 response, say) is retried and returned when no attempt is left; an error is retried
    /// when it is classified `.failure` and ``shouldRetry`` allows it. `.ignored` ends retrying.
    public var classifier: OutcomeClassifier

    public init(
        maxAttempts: Int = 3,
        backoff: Backoff = .exponential(initial: .milliseconds(100)),
        jitter: Jitter = .full,
        maxDelay: Duration = .seconds(10),
        shouldRetry: @escaping @Sendable (any Error) -> Bool = RetryConfiguration.retriesByDefault,
        retryAfter: @escaping @Sendable (any Error) -> Duration? = { _ in nil },
        resultRetryAfter: (@Sendable (any Sendable) -> Duration?)? = nil,
        maxRetryAfter: Duration = .seconds(30),
        budget: RetryBudget? = nil,
        random: RandomSource = .system,
        classifier: OutcomeClassifier = .default
    ) {
        self.maxAttempts = maxAttempts
        self.backoff = backoff
        self.jitter = jitter
        self.maxDelay = maxDelay
        self.shouldRetry = shouldRetry
        self.retryAfter = retryAfter
        self.resultRetryAfter = resultRetryAfter
        self.maxRetryAfter = maxRetryAfter
        self.budget = budget
        self.random = random
        self.classifier = classifier
    }

    /// Throws a ``ConfigurationError`` naming the first field outside its allowed range.
    public func validate() throws(ConfigurationError) {
        let type = "RetryConfiguration"
        try ConfigurationError.check(maxAttempts >= 1, type, "maxAttempts", "at least 1", "\(maxAttempts)")
        try ConfigurationError.check(maxDelay >= .zero, type, "maxDelay", "0 or more", "\(maxDelay)")
        try ConfigurationError.check(maxRetryAfter >= .zero, type, "maxRetryAfter", "0 or more", "\(maxRetryAfter)")
        switch backoff {
        case .constant(let delay):
            try ConfigurationError.check(delay >= .zero, type, "backoff.constant", "0 or more", "\(delay)")
        case .linear(let initial, let increment):
            try ConfigurationError.check(initial >= .zero, type, "backoff.linear.initial", "0 or more", "\(initial)")
            try ConfigurationError.check(increment >= .zero, type, "backoff.linear.increment", "0 or more", "\(increment)")
        case .exponential(let initial, let multiplier):
            try ConfigurationError.check(initial >= .zero, type, "backoff.exponential.initial", "0 or more", "\(initial)")
            try ConfigurationError.check(
                multiplier >= 1 && multiplier.isFinite, type, "backoff.exponential.multiplier", "at least 1 and finite", "\(multiplier)")
        }
        if let budget {
            try ConfigurationError.check(budget.maxTokens >= 1, type, "budget.maxTokens", "at least 1", "\(budget.maxTokens)")
            try ConfigurationError.check(
                budget.tokenRatio > 0 && budget.tokenRatio <= budget.maxTokens, type, "budget.tokenRatio",
                "greater than 0 and at most maxTokens", "\(budget.tokenRatio)")
        }
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
