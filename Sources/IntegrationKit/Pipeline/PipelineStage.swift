/// One stage of a built pipeline; the known strategies are cases so the pipeline's generic code
/// specialises through them, custom stages go through the ``ResilienceStage`` protocol.
@usableFromInline
enum PipelineStage: Sendable {
    case timeout(StageBox<Timeout>)
    case retry(StageBox<Retry>)
    case circuitBreaker(CircuitBreaker)
    case bulkhead(Bulkhead)
    case rateLimiter(RateLimiter)
    case hedging(StageBox<Hedging>)
    case fallback(StageBox<AnyFallback>)
    case faultInjection(FaultInjection)
    /// Boxed like the others: with a single reference in every case, copying a stage is one retain.
    case custom(StageBox<any ResilienceStage>)
    /// Consecutive breakers, bulkheads and limiters run in one frame (only in a pipeline's
    /// ``ResiliencePipeline/steps``, never in its ``ResiliencePipeline/stages``).
    case guards(StageBox<GuardGroup>)

    /// The rank of the documented default order (``ResiliencePipelineBuilder/standardOrder()``).
    var standardRank: Int {
        switch self {
        case .fallback: 0
        case .timeout(let timeout): timeout.value.scope == .callingTask ? 1 : 4
        case .retry, .hedging: 2
        case .circuitBreaker: 3
        case .bulkhead: 5
        case .rateLimiter: 6
        case .custom: 7
        case .faultInjection: 8
        case .guards: 5
        }
    }

    /// Whether this stage does more work in the calling task after an inner stage has finished,
    /// so a timeout inside it must not leave the calling task cancelled.
    var continuesAfterInnerStages: Bool {
        switch self {
        case .retry, .hedging, .fallback, .custom: true
        case .timeout, .circuitBreaker, .bulkhead, .rateLimiter, .faultInjection, .guards: false
        }
    }

    var kindName: String {
        switch self {
        case .timeout(let timeout): timeout.value.scope == .callingTask ? "timeout" : "timeout(child task)"
        case .retry: "retry"
        case .circuitBreaker: "circuit breaker"
        case .bulkhead: "bulkhead"
        case .rateLimiter: "rate limiter"
        case .hedging: "hedging"
        case .fallback: "fallback"
        case .faultInjection: "fault injection"
        case .custom(let stage): "\(type(of: stage.value))"
        case .guards(let group): group.value.guards.map(\.kindName).joined(separator: "+")
        }
    }

    static func timeout(_ timeout: Timeout) -> PipelineStage { .timeout(StageBox(timeout)) }
    static func retry(_ retry: Retry) -> PipelineStage { .retry(StageBox(retry)) }
    static func hedging(_ hedging: Hedging) -> PipelineStage { .hedging(StageBox(hedging)) }
    static func fallback(_ fallback: AnyFallback) -> PipelineStage { .fallback(StageBox(fallback)) }
    static func custom(_ stage: any ResilienceStage) -> PipelineStage { .custom(StageBox(stage)) }
}

/// One reference for a strategy value with many fields: the pipeline's per-call stage switch
/// then retains one object instead of copying every closure and reference of the value.
@usableFromInline
final class StageBox<Value: Sendable>: Sendable {
    @usableFromInline let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
