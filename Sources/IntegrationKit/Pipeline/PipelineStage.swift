/// One stage of a built pipeline; the known strategies are cases so the pipeline's generic code
/// specialises through them, custom stages go through the ``ResilienceStage`` protocol.
@usableFromInline
enum PipelineStage: Sendable {
    case timeout(Timeout)
    case retry(Retry)
    case circuitBreaker(CircuitBreaker)
    case bulkhead(Bulkhead)
    case rateLimiter(RateLimiter)
    case hedging(Hedging)
    case fallback(AnyFallback)
    case faultInjection(FaultInjection)
    case custom(any ResilienceStage)

    /// The rank of the documented default order (``ResiliencePipelineBuilder/standardOrder()``).
    var standardRank: Int {
        switch self {
        case .fallback: 0
        case .timeout(let timeout): timeout.scope == .callingTask ? 1 : 4
        case .retry, .hedging: 2
        case .circuitBreaker: 3
        case .bulkhead: 5
        case .rateLimiter: 6
        case .custom: 7
        case .faultInjection: 8
        }
    }

    /// Whether this stage does more work in the calling task after an inner stage has finished,
    /// so a timeout inside it must not leave the calling task cancelled.
    var continuesAfterInnerStages: Bool {
        switch self {
        case .retry, .hedging, .fallback, .custom: true
        case .timeout, .circuitBreaker, .bulkhead, .rateLimiter, .faultInjection: false
        }
    }

    var kindName: String {
        switch self {
        case .timeout(let timeout): timeout.scope == .callingTask ? "timeout" : "timeout(child task)"
        case .retry: "retry"
        case .circuitBreaker: "circuit breaker"
        case .bulkhead: "bulkhead"
        case .rateLimiter: "rate limiter"
        case .hedging: "hedging"
        case .fallback: "fallback"
        case .faultInjection: "fault injection"
        case .custom(let stage): "\(type(of: stage))"
        }
    }
}
