/// Runs an operation again after failures, with backoff, jitter, a retry budget and `Retry-After`.
///
/// Never retries once the calling task is cancelled; sleeps through the injected clock (and that
/// sleep ends early with `CancellationError` on cancellation).
public struct Retry: Sendable {
    public let configuration: RetryConfiguration
    private let schedule: BackoffSchedule
    private let clock: any ResilienceClock
    private let metrics: ResilienceMetrics?

    public init(
        _ configuration: RetryConfiguration = RetryConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil
    ) {
        self.configuration = configuration
        self.schedule = BackoffSchedule(
            backoff: configuration.backoff, jitter: configuration.jitter, cap: configuration.maxDelay,
            random: configuration.random)
        self.clock = clock
        self.metrics = metrics
    }

    /// Runs `operation` up to `maxAttempts` times.
    ///
    /// - Parameter shouldRetryResult: classifies successful results; when it asks for a retry and
    ///   no attempt (or budget) is left, the last result is returned.
    /// - Returns: the first accepted result. Throws the last error when attempts run out.
    public func execute<T>(
        _ operation: () async throws -> T,
        shouldRetryResult: ((T) -> RetryDecision)? = nil
    ) async throws -> T {
        var attempt = 1
        var previousDelay: Duration?
        while true {
            let requestedDelay: Duration?
            do {
                let value = try await operation()
                let decision = shouldRetryResult?(value) ?? .accept
                guard decision != .accept else {
                    configuration.budget?.recordSuccess()
                    return value
                }
                guard budgetAllowsRetry(), attempt < configuration.maxAttempts, !Task.isCancelled else { return value }
                if case .retryAfter(let delay) = decision {
                    guard delay <= configuration.maxRetryAfter else { return value }
                    requestedDelay = delay
                } else {
                    requestedDelay = nil
                }
            } catch {
                guard !(error is CancellationError), !Task.isCancelled, configuration.shouldRetry(error) else { throw error }
                guard budgetAllowsRetry(), attempt < configuration.maxAttempts else { throw error }
                requestedDelay = configuration.retryAfter(error)
                if let requestedDelay, requestedDelay > configuration.maxRetryAfter { throw error }
            }
            let delay = requestedDelay ?? schedule.delay(forRetry: attempt, previous: previousDelay)
            previousDelay = delay
            metrics?.recordRetry()
            if delay > .zero { try await clock.sleep(for: delay) }
            try Task.checkCancellation()
            attempt += 1
        }
    }

    /// Charges a failed attempt to the budget; false (and a metric) when no retry is allowed.
    private func budgetAllowsRetry() -> Bool {
        guard let budget = configuration.budget else { return true }
        if budget.recordFailure() { return true }
        metrics?.recordRetryBudgetExhausted()
        return false
    }
}
