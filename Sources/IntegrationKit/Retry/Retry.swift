/// Runs an operation again after failures, with backoff, jitter, a retry budget and `Retry-After`.
///
/// Never retries once the calling task is cancelled; sleeps through the injected clock (and that
/// sleep ends early with `CancellationError` on cancellation). When retrying ends with a rejection
/// (a breaker that opened meanwhile) or a timeout, the error carries the dependency's own last
/// error as ``ResilienceError/underlyingError``.
public struct Retry: Sendable {
    /// Everything a retry holds, behind one reference: a pipeline copies a `Retry` per call, and
    /// copying one reference costs one retain instead of one per closure and instrument.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let configuration: RetryConfiguration
        @usableFromInline let schedule: BackoffSchedule
        @usableFromInline let clock: any ResilienceClock
        @usableFromInline let metrics: ResilienceMetrics?
        @usableFromInline let hooks: ResilienceHooks

        init(
            configuration: RetryConfiguration, schedule: BackoffSchedule, clock: any ResilienceClock,
            metrics: ResilienceMetrics?, hooks: ResilienceHooks
        ) {
            self.configuration = configuration
            self.schedule = schedule
            self.clock = clock
            self.metrics = metrics
            self.hooks = hooks
        }
    }

    @usableFromInline let storage: Storage

    public var configuration: RetryConfiguration { storage.configuration }

    /// Throws a ``ConfigurationError`` when `configuration` is out of range.
    public init(
        _ configuration: RetryConfiguration = RetryConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks()
    ) throws(ConfigurationError) {
        try configuration.validate()
        let schedule = BackoffSchedule(
            backoff: configuration.backoff, jitter: configuration.jitter, cap: configuration.maxDelay,
            random: configuration.random)
        self.storage = Storage(configuration: configuration, schedule: schedule, clock: clock, metrics: metrics, hooks: hooks)
    }

    /// Runs `operation` up to `maxAttempts` times.
    ///
    /// - Parameter shouldRetryResult: classifies successful results (in addition to the
    ///   configuration's classifier); when it asks for a retry and no attempt (or budget) is left,
    ///   the last result is returned.
    /// - Returns: the first accepted result. Throws the last error when attempts run out.
    @inlinable
    public nonisolated(nonsending) func execute<T: Sendable>(
        _ operation: () async throws -> T,
        shouldRetryResult: ((T) -> RetryDecision)? = nil
    ) async throws -> T {
        try await run(operation, shouldRetryResult: shouldRetryResult, observer: nil)
    }

    /// The retry loop; `observer` also sees every scheduled retry (the pipeline's span events).
    @inlinable @inline(__always)
    nonisolated(nonsending) func run<T: Sendable>(
        _ operation: nonisolated(nonsending) () async throws -> T,
        shouldRetryResult: ((T) -> RetryDecision)?,
        observer: ((RetryEvent) -> Void)?
    ) async throws -> T {
        var attempt = 1
        var previousDelay: Duration?
        var lastOperationError: (any Error)?
        while true {
            let requestedDelay: Duration?
            let failedError: (any Error)?
            let failedResult: (any Sendable)?
            do {
                let value = try await operation()
                var decision = shouldRetryResult?(value) ?? .accept
                if decision == .accept, storage.configuration.classifier.classify(result: value) == .failure { decision = .retry }
                guard decision != .accept else {
                    storage.configuration.budget?.recordSuccess()
                    return value
                }
                guard budgetAllowsRetry(), attempt < storage.configuration.maxAttempts, !Task.isCancelled else { return value }
                if decision == .retry, let delay = storage.configuration.resultRetryAfter?(value) { decision = .retryAfter(delay) }
                if case .retryAfter(let delay) = decision {
                    guard delay <= storage.configuration.maxRetryAfter else { return value }
                    requestedDelay = delay
                } else {
                    requestedDelay = nil
                }
                failedError = nil
                failedResult = value
            } catch {
                let resilience = error as? ResilienceError
                if resilience == nil { lastOperationError = error }
                let final = Self.keepingContext(error, lastOperationError)
                guard !(error is CancellationError), !Task.isCancelled,
                      storage.configuration.classifier.classify(error: error) == .failure, storage.configuration.shouldRetry(error) else { throw final }
                guard budgetAllowsRetry(), attempt < storage.configuration.maxAttempts else { throw final }
                requestedDelay = storage.configuration.retryAfter(error)
                if let requestedDelay, requestedDelay > storage.configuration.maxRetryAfter { throw final }
                failedError = error
                failedResult = nil
            }
            let delay = requestedDelay ?? storage.schedule.delay(forRetry: attempt, previous: previousDelay)
            previousDelay = delay
            storage.metrics?.recordRetry()
            if storage.hooks.onRetry != nil || observer != nil {
                let event = RetryEvent(attempt: attempt, delay: delay, error: failedError, result: failedResult)
                storage.hooks.onRetry?(event)
                observer?(event)
            }
            if delay > .zero { try await storage.clock.sleep(for: delay) }
            try Task.checkCancellation()
            attempt += 1
        }
    }

    /// A rejection or timeout that ends retrying keeps the operation's own last error.
    @usableFromInline
    static func keepingContext(_ error: any Error, _ lastOperationError: (any Error)?) -> any Error {
        guard let resilience = error as? ResilienceError, let lastOperationError,
              resilience.underlyingError == nil, !(lastOperationError is ResilienceError) else { return error }
        return resilience.withUnderlyingError(lastOperationError)
    }

    /// Charges a failed attempt to the budget; false (and a metric) when no retry is allowed.
    @usableFromInline
    func budgetAllowsRetry() -> Bool {
        guard let budget = storage.configuration.budget else { return true }
        if budget.recordFailure() { return true }
        storage.metrics?.recordRetryBudgetExhausted()
        return false
    }
}
