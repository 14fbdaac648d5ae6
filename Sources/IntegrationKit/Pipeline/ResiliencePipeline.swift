import Tracing

/// Strategies composed outer to inner in the order they were given to the
/// ``ResiliencePipelineBuilder`` (Polly's rule). The documented default order, outermost first,
/// is what ``ResiliencePipelineBuilder/standardOrder()`` arranges:
///
/// 1. **Fallback**: replaces what is left of a failure once everything else has tried.
/// 2. **Timeout (overall)**: bounds everything the caller waits for, retries and backoff sleeps included.
/// 3. **Retry** (or **hedging**): each attempt goes through the inner strategies again, so the
///    breaker counts every attempt (a retry storm trips it) and the bulkhead and limiter bound
///    retries like first tries.
/// 4. **Circuit breaker**: rejects attempts to a failing dependency before they take a bulkhead
///    permit or a rate token; sits outside the attempt timeout so a timed-out attempt is recorded
///    as a failure (``ResilienceError/timeout``) rather than as an ignored cancellation.
/// 5. **Timeout (per attempt)**: cuts one hung attempt so the retry can try again.
/// 6. **Bulkhead**: caps the attempts in flight; the permit is held until the operation returned.
/// 7. **Rate limiter**: so a token is spent only by an attempt that will really be sent (put it
///    outermost instead when the limit is on calls, not attempts).
/// 8. Custom stages, then **fault injection** (so injected faults look like the dependency's own).
///
/// Share one pipeline (or one per key via ``KeyedRegistry``) for all calls to a dependency: the
/// breaker, bulkhead, limiter and retry budget only work when their state is shared.
public struct ResiliencePipeline: Sendable {
    public let name: String
    /// The stages as built (what ``stageNames`` and the strategy accessors report).
    @usableFromInline let stages: [PipelineStage]
    /// What a call runs: ``stages`` with consecutive breakers, bulkheads and limiters grouped (``GuardGroup``).
    @usableFromInline let steps: [PipelineStage]
    @usableFromInline let metrics: ResilienceMetrics?
    @usableFromInline let clock: any ResilienceClock
    @usableFromInline let classifier: OutcomeClassifier
    /// The tracer given to the builder; without one the bootstrapped tracer is looked up per call.
    @usableFromInline let explicitTracer: (any Tracer)?

    init(
        name: String, stages: [PipelineStage], metrics: ResilienceMetrics?, clock: any ResilienceClock,
        classifier: OutcomeClassifier, tracer explicitTracer: (any Tracer)?
    ) {
        self.name = name
        self.stages = stages
        self.steps = GuardGroup.grouping(stages)
        self.metrics = metrics
        self.clock = clock
        self.classifier = classifier
        self.explicitTracer = explicitTracer
    }

    /// The tracer the next call uses: the builder's, else the bootstrapped one (even when bootstrapped
    /// after the pipeline was built), else none.
    @usableFromInline
    var tracer: (any Tracer)? { explicitTracer ?? TracerLookup.shared.current() }

    /// The stages outer to inner, by kind (`"retry"`, `"circuit breaker"`, a custom stage's type name, ...).
    public var stageNames: [String] { stages.map(\.kindName) }

    /// The first timeout that cancels the calling task (the overall timeout).
    public var timeout: Timeout? {
        stages.lazy.compactMap { if case .timeout(let timeout) = $0, timeout.value.scope == .callingTask { timeout.value } else { nil } }.first
    }
    /// The first timeout that runs the operation in a child task (the per-attempt timeout).
    public var attemptTimeout: Timeout? {
        stages.lazy.compactMap { if case .timeout(let timeout) = $0, timeout.value.scope == .childTask { timeout.value } else { nil } }.first
    }
    public var retry: Retry? { stages.lazy.compactMap { if case .retry(let retry) = $0 { retry.value } else { nil } }.first }
    public var circuitBreaker: CircuitBreaker? {
        stages.lazy.compactMap { if case .circuitBreaker(let breaker) = $0 { breaker } else { nil } }.first
    }
    public var bulkhead: Bulkhead? { stages.lazy.compactMap { if case .bulkhead(let bulkhead) = $0 { bulkhead } else { nil } }.first }
    public var rateLimiter: RateLimiter? {
        stages.lazy.compactMap { if case .rateLimiter(let limiter) = $0 { limiter } else { nil } }.first
    }

    /// Runs `operation` through the pipeline.
    ///
    /// - Parameter shouldRetryResult: lets ``Retry`` retry on a result (for example HTTP 503), in
    ///   addition to the retry's classifier.
    /// The pipeline's own work runs on the caller's executor (`nonisolated(nonsending)`: no hop per
    /// stage); `operation` runs where its own isolation says (a plain closure: off any actor).
    @inlinable
    public nonisolated(nonsending) func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T,
        shouldRetryResult: (@Sendable (T) -> RetryDecision)? = nil
    ) async throws -> T {
        if let tracer { return try await traced(tracer, operation, shouldRetryResult) }
        guard let metrics else { return try await run(0, operation, shouldRetryResult, nil) }
        let start = clock.now()
        do {
            let value = try await run(0, operation, shouldRetryResult, nil)
            let kind = classifier.classify(result: value)
            metrics.recordCall(kind == .failure ? .failure : .success, duration: clock.now().duration(since: start))
            return value
        } catch {
            metrics.recordCall(Self.outcome(of: error), duration: clock.now().duration(since: start))
            throw error
        }
    }

    /// Runs `operation` through the pipeline, replacing errors the fallback handles.
    public nonisolated(nonsending) func execute<T: Sendable>(
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

    /// One span for the call (the strategies' events) with a child span per attempt.
    @usableFromInline
    nonisolated(nonsending) func traced<T: Sendable>(
        _ tracer: any Tracer, _ operation: @escaping @Sendable () async throws -> T,
        _ shouldRetryResult: (@Sendable (T) -> RetryDecision)?
    ) async throws -> T {
        let span = tracer.startSpan(name, context: InstrumentationContext.current ?? .topLevel, ofKind: .client)
        let trace = CallTrace(tracer: tracer, span: span)
        defer { span.end() }
        let start = clock.now()
        do {
            let value = try await InstrumentationContext.$current.withValue(span.context) {
                try await run(0, operation, shouldRetryResult, trace)
            }
            let kind = classifier.classify(result: value)
            span.attributes["integrationkit.outcome"] = kind.rawValue
            metrics?.recordCall(kind == .failure ? .failure : .success, duration: clock.now().duration(since: start))
            return value
        } catch {
            span.recordError(error)
            span.setStatus(SpanStatus(code: .error))
            metrics?.recordCall(Self.outcome(of: error), duration: clock.now().duration(since: start))
            throw error
        }
    }

    /// Runs stage `index` around the rest of the pipeline.
    @inlinable
    nonisolated(nonsending) func run<T: Sendable>(
        _ index: Int, _ operation: @escaping @Sendable () async throws -> T,
        _ shouldRetryResult: (@Sendable (T) -> RetryDecision)?, _ trace: CallTrace?
    ) async throws -> T {
        guard index < steps.count else { return try await attempt(operation, trace) }
        let next = index + 1
        switch steps[index] {
        case .timeout(let box):
            guard let trace else { return try await box.value.run { try await run(next, operation, shouldRetryResult, nil) } }
            do {
                return try await box.value.run { try await run(next, operation, shouldRetryResult, trace) }
            } catch {
                trace.addEvent(for: error)
                throw error
            }
        case .retry(let box):
            var observer: ((RetryEvent) -> Void)?
            if let trace { observer = { trace.recordRetry($0) } }
            return try await box.value.run(
                { try await run(next, operation, shouldRetryResult, trace) }, shouldRetryResult: shouldRetryResult,
                observer: observer)
        case .circuitBreaker(let breaker):
            guard let permit = breaker.tryAcquirePermission() else {
                let rejection = breaker.rejection()
                trace?.addEvent(for: rejection)
                throw rejection
            }
            do {
                let value = try await run(next, operation, shouldRetryResult, trace)
                breaker.onResult(permit, value)
                return value
            } catch {
                breaker.onError(permit, error)
                throw error
            }
        case .bulkhead(let bulkhead):
            if !bulkhead.takeFreePermit() {  // no suspension point when a permit is free
                do {
                    try await bulkhead.acquire()
                } catch {
                    trace?.addEvent(for: error)
                    throw error
                }
            }
            defer { bulkhead.release() }
            return try await run(next, operation, shouldRetryResult, trace)
        case .rateLimiter(let limiter):
            if !limiter.takeAvailableToken() {  // no suspension point when a token is there
                do {
                    try await limiter.acquire()
                } catch {
                    trace?.addEvent(for: error)
                    throw error
                }
            }
            return try await run(next, operation, shouldRetryResult, trace)
        case .hedging(let box):
            var onHedge: (@Sendable (Int) -> Void)?
            if let trace { onHedge = { trace.recordHedge($0) } }
            return try await box.value.execute({ try await run(next, operation, shouldRetryResult, trace) }, onHedge: onHedge)
        case .fallback(let box):
            return try await box.value.execute { try await run(next, operation, shouldRetryResult, trace) }
        case .faultInjection(let injection):
            var onInject: ((FaultInjection.Fault) -> Void)?
            if let trace { onInject = { trace.recordFault($0) } }
            return try await injection.execute({ try await run(next, operation, shouldRetryResult, trace) }, onInject: onInject)
        case .guards(let box):
            var permits = GuardPermits()
            try await box.value.enter(&permits, trace)
            do {
                let value = try await run(next, operation, shouldRetryResult, trace)
                box.value.leave(permits, value: value)
                return value
            } catch {
                box.value.leave(box.value.guards.count, permits, error: error)
                throw error
            }
        case .custom(let stage):
            return try await stage.value.execute(
                { try await run(next, operation, shouldRetryResult, trace) },
                context: ResilienceContext(pipelineName: name, trace: trace))
        }
    }

    /// One run of the operation: its duration by outcome when metrics are on, its span when tracing.
    @inlinable @inline(__always)
    nonisolated(nonsending) func attempt<T: Sendable>(_ operation: @Sendable () async throws -> T, _ trace: CallTrace?) async throws -> T {
        guard metrics != nil || trace != nil else { return try await operation() }
        return try await measuredAttempt(operation, trace)
    }

    @usableFromInline
    nonisolated(nonsending) func measuredAttempt<T: Sendable>(_ operation: @Sendable () async throws -> T, _ trace: CallTrace?) async throws -> T {
        let start = clock.now()
        let span = trace.map { trace in
            let span = trace.tracer.startSpan("\(name) attempt", context: InstrumentationContext.current ?? .topLevel, ofKind: .client)
            span.attributes["integrationkit.attempt"] = trace.nextAttempt()
            return span
        }
        defer { span?.end() }
        do {
            let value = try await operation()
            let kind = classifier.classify(result: value)
            metrics?.recordAttempt(kind, duration: clock.now().duration(since: start))
            span?.attributes["integrationkit.outcome"] = kind.rawValue
            return value
        } catch {
            let kind = classifier.classify(error: error)
            metrics?.recordAttempt(kind, duration: clock.now().duration(since: start))
            span?.attributes["integrationkit.outcome"] = kind.rawValue
            span?.recordError(error)
            if kind == .failure { span?.setStatus(SpanStatus(code: .error)) }
            throw error
        }
    }
}
