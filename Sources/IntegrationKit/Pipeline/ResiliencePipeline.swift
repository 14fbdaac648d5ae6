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
    @usableFromInline let metrics: ResilienceMetrics?
    @usableFromInline let clock: any ResilienceClock

    /// Runs `operation` through the pipeline.
    ///
    /// - Parameter shouldRetryResult: lets ``Retry`` retry on a result (for example HTTP 503).
    @inlinable
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

    @usableFromInline
    static func outcome(of error: any Error) -> ResilienceMetrics.CallOutcome {
        guard let error = error as? ResilienceError else { return .failure }
        if error == .timeout { return .timeout }
        return error.isRejection ? .rejected : .failure
    }

    // The stages below are few, flat and inlinable on purpose: each nested generic async call adds
    // a task-allocator frame, and deep unspecialized chains spill into a heap allocation per call.

    /// Stages 1-2: overall timeout, then retry.
    @inlinable
    func runWithinTimeout<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        _ shouldRetryResult: (@Sendable (T) -> RetryDecision)?
    ) async throws -> T {
        if let timeout {
            return try await timeout.execute {
                guard let retry else { return try await runAttempt(operation) }
                return try await retry.execute({ try await runAttempt(operation) }, shouldRetryResult: shouldRetryResult)
            }
        }
        guard let retry else { return try await runAttempt(operation) }
        return try await retry.execute({ try await runAttempt(operation) }, shouldRetryResult: shouldRetryResult)
    }

    /// Stages 3-4: circuit breaker, then the per-attempt timeout.
    @inlinable
    func runAttempt<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let permit: CircuitBreakerPermit?
        if let circuitBreaker {
            guard let granted = circuitBreaker.tryAcquirePermission() else { throw ResilienceError.circuitOpen }
            permit = granted
        } else {
            permit = nil
        }
        do {
            let value: T
            if let attemptTimeout {
                value = try await attemptTimeout.execute { try await runGuarded(operation) }
            } else {
                value = try await runGuarded(operation)
            }
            if let permit { circuitBreaker?.onSuccess(permit) }
            return value
        } catch {
            if let permit { circuitBreaker?.onError(permit, error) }
            throw error
        }
    }

    /// Stages 5-7: bulkhead, rate limiter, operation.
    @inlinable
    func runGuarded<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        guard let bulkhead else {
            if let rateLimiter { try await rateLimiter.acquire() }
            return try await operation()
        }
        try await bulkhead.acquire()
        defer { bulkhead.release() }
        if let rateLimiter { try await rateLimiter.acquire() }
        return try await operation()
    }
}
