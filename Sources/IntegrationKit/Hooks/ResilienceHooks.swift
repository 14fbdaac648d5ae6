/// Callbacks strategies call as things happen, for logs, audits or custom telemetry.
///
/// Callbacks run synchronously on the calling task (the timer's task for ``onTimeout``) and must
/// be quick and must not throw; every one is optional and costs nothing when unset. Give the same
/// hooks to a ``ResiliencePipelineBuilder`` to reach every strategy it creates.
public struct ResilienceHooks: Sendable {
    /// A retry was scheduled: the attempt that failed, the delay before the next one, its error or result.
    public var onRetry: (@Sendable (RetryEvent) -> Void)?
    /// A call's time limit passed and its task was cancelled.
    public var onTimeout: (@Sendable (TimeoutEvent) -> Void)?
    /// A circuit breaker changed state.
    public var onBreakerStateChange: (@Sendable (CircuitBreakerTransition) -> Void)?
    /// A strategy rejected a call before it ran (open breaker, full bulkhead, rate limit).
    public var onRejected: (@Sendable (ResilienceError) -> Void)?

    public init(
        onRetry: (@Sendable (RetryEvent) -> Void)? = nil,
        onTimeout: (@Sendable (TimeoutEvent) -> Void)? = nil,
        onBreakerStateChange: (@Sendable (CircuitBreakerTransition) -> Void)? = nil,
        onRejected: (@Sendable (ResilienceError) -> Void)? = nil
    ) {
        self.onRetry = onRetry
        self.onTimeout = onTimeout
        self.onBreakerStateChange = onBreakerStateChange
        self.onRejected = onRejected
    }
}

/// One scheduled retry, as given to ``ResilienceHooks/onRetry``.
public struct RetryEvent: Sendable {
    /// The attempt that just failed (1 for the first call).
    public let attempt: Int
    /// The wait before the next attempt.
    public let delay: Duration
    /// The error of the failed attempt, or nil when a result was classified as a failure.
    public let error: (any Error)?
    /// The result classified as a failure, when the attempt returned one.
    public let result: (any Sendable)?

    public init(attempt: Int, delay: Duration, error: (any Error)?, result: (any Sendable)?) {
        self.attempt = attempt
        self.delay = delay
        self.error = error
        self.result = result
    }
}

/// One call that timed out, as given to ``ResilienceHooks/onTimeout``.
public struct TimeoutEvent: Sendable {
    /// The name given to the timeout (the pipeline's name when built by a builder).
    public let name: String
    /// The time limit that passed.
    public let duration: Duration
}
