/// Strategies composed in one fixed order, outermost first:
///
/// 1. **Timeout (overall)**: bounds everything the caller waits for, retries and backoff sleeps included.
/// 2. **Retry**: each attempt goes through the inner strategies again, so the breaker counts every
///    attempt (a retry storm trips it) and the bulkhead and limiter bound retries like first tries.
/// 3. **Circuit breaker**: rejects attempts to a failing dependency before they take a bulkhead
///    permit or a rate token; sits outside the attempt timeout so a timed-out attempt is recorded
///    as a failure (``ResilienceError/timeout``) rather than as an ignored cancellation.
/// 4. **Timeout (per attempt)**: cuts one hung attempt so the retry can try again.
/// 5. **Bulkhead**: caps the attempts in flight; the permit is held until the operation returned.
/// 6. **Rate limiter**: innermost, so a token is spent only by an attempt that will really be sent.
/// 7. **Operation**.
///
/// Any strategy may be left out; each is also usable alone. Build with ``ResiliencePipelineBuilder``.
/// Share one pipeline (or one per key via ``KeyedRegistry``) for all calls to a dependency: the
/// breaker, bulkhead, limiter and retry budget only work when their state is shared.
public struct ResiliencePipeline: Sendable {
    public let name: String
    public let timeout: Timeout?
    public let retry: Retry?
    public let circuitBreaker: CircuitBreaker?
    public let attemptTimeout: Timeout?
    public let bulkhead: Bulkhead?
    public let rateLimiter: RateLimiter?
    let metrics: ResilienceMetrics?
    let clock: any ResilienceClock

    /// Runs `operation` through the pipeline.
    ///
    /// - Parameter shouldRetryResult: lets ``Retry`` retry on a result (for example HTTP 503).
    public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        shouldRetryResult: (@Sendable (T) -> RetryDecision)? = nil
    ) async throws -> T {
        guard let metrics else { return try await runWithinTimeout(operation, shouldRetryResult) }
        let start = clock.now()
        do {
            let value = try await runWithinTimeout(operation, shouldRetryResult)
            metrics.recordCall(.success, duration: clock.now().duration(since: start))
            return value
        } catch {
            metrics.recordCall(Self.outcome(of: error), duration: clock.now().duration(since: start))
            throw error
        }
    }

    /// Runs `operation` through the pipeline, replacing errors the fallback handles.
    public func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        fallback: Fallback<T>,
        shouldRetryResult: (@Sendable (T) -> RetryDecision)? = nil
    ) async throws -> T {
        try await fallback.execute { try await execute(operation, shouldRetryResult: shouldRetryResult) }
    }

    static func outcome(of error: any Error) -> ResilienceMetrics.CallOutcome {
        guard let error = error as? ResilienceError else { return .failure }
        if error == .timeout { return .timeout }
        return error.isRejection ? .rejected : .failure
    }

    private func runWithinTimeout<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        _ shouldRetryResult: (@Sendable (T) -> RetryDecision)?
    ) async throws -> T {
        guard let timeout else { return try await runRetrying(operation, shouldRetryResult) }
        return try await timeout.execute { try await runRetrying(operation, shouldRetryResult) }
    }

    private func runRetrying<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        _ shouldRetryResult: (@Sendable (T) -> RetryDecision)?
    ) async throws -> T {
        guard let retry else { return try await runAttempt(operation) }
        return try await retry.execute({ try await runAttempt(operation) }, shouldRetryResult: shouldRetryResult)
    }

    private func runAttempt<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let circuitBreaker else { return try await runWithinAttemptTimeout(operation) }
        guard let permit = circuitBreaker.tryAcquirePermission() else { throw ResilienceError.circuitOpen }
        do {
            let value = try await runWithinAttemptTimeout(operation)
            circuitBreaker.onSuccess(permit)
            return value
        } catch {
            circuitBreaker.onError(permit, error)
            throw error
        }
    }

    private func runWithinAttemptTimeout<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let attemptTimeout else { return try await runGuarded(operation) }
        return try await attemptTimeout.execute { try await runGuarded(operation) }
    }

    private func runGuarded<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let bulkhead else { return try await runLimited(operation) }
        try await bulkhead.acquire()
        defer { bulkhead.release() }
        return try await runLimited(operation)
    }

    private func runLimited<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        if let rateLimiter { try await rateLimiter.acquire() }
        return try await operation()
    }
}
