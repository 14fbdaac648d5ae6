/// Consecutive circuit breakers, bulkheads and rate limiters of a pipeline, entered in one stack
/// frame instead of one per stage: each only acts before the inner stages (permit, token) and
/// after them (record the outcome, return the permit), so the pipeline runs them in a loop, then
/// the rest of the pipeline once, then their exits in reverse order. The behaviour is exactly
/// that of nesting them: an inner rejection is recorded by an outer breaker, a bulkhead permit is
/// returned before an outer breaker records the outcome.
@usableFromInline
struct GuardGroup: Sendable {
    /// The most stages in one group (the permits have fixed storage, no allocation per call).
    static let capacity = 4

    @usableFromInline let guards: [PipelineStage]
    /// The clock of every breaker and limiter in the group when they are one time source and
    /// more than one reads it on entry: one reading then serves them all (a clock read is a
    /// good share of a guard's cost).
    @usableFromInline let sharedClock: (any ResilienceClock)?

    init(_ guards: [PipelineStage]) {
        self.guards = guards
        let clocks: [any ResilienceClock] = guards.compactMap { stage in
            switch stage {
            case .circuitBreaker(let breaker): breaker.clock
            case .rateLimiter(let limiter): limiter.clock
            default: nil
            }
        }
        if clocks.count > 1, let first = clocks.first, clocks.allSatisfy({ ResilienceClockIdentity.same($0, first) }) {
            sharedClock = first
        } else {
            sharedClock = nil
        }
    }

    /// Whether `stage` can join a group.
    static func isGuard(_ stage: PipelineStage) -> Bool {
        switch stage {
        case .circuitBreaker, .bulkhead, .rateLimiter: true
        case .timeout, .retry, .hedging, .fallback, .faultInjection, .custom, .guards: false
        }
    }

    /// `stages` with every run of two or more consecutive guards (at most ``capacity``) replaced by one group.
    static func grouping(_ stages: [PipelineStage]) -> [PipelineStage] {
        var steps: [PipelineStage] = []
        var run: [PipelineStage] = []
        func flush() {
            if run.count == 1 { steps.append(run[0]) } else if !run.isEmpty { steps.append(.guards(StageBox(GuardGroup(run)))) }
            run = []
        }
        for stage in stages {
            if isGuard(stage) {
                if run.count == capacity { flush() }
                run.append(stage)
            } else {
                flush()
                steps.append(stage)
            }
        }
        flush()
        return steps
    }
}

/// The breaker permits of one call through a ``GuardGroup``, by position in the group.
@usableFromInline
struct GuardPermits {
    @usableFromInline var slots: (CircuitBreakerPermit?, CircuitBreakerPermit?, CircuitBreakerPermit?, CircuitBreakerPermit?)

    @inlinable
    init() {
        slots = (nil, nil, nil, nil)
    }

    @inlinable
    subscript(index: Int) -> CircuitBreakerPermit? {
        get {
            switch index {
            case 0: slots.0
            case 1: slots.1
            case 2: slots.2
            default: slots.3
            }
        }
        set {
            switch index {
            case 0: slots.0 = newValue
            case 1: slots.1 = newValue
            case 2: slots.2 = newValue
            default: slots.3 = newValue
            }
        }
    }
}

extension GuardGroup {
    /// Enters the guards in order; on a rejection the guards already entered are left with that
    /// error (innermost first) and it is thrown. Inlined into the pipeline's frame.
    @inlinable @inline(__always)
    nonisolated(nonsending) func enter(_ permits: inout GuardPermits, _ trace: CallTrace?) async throws {
        var entered = 0
        let now = sharedClock?.now()  // read again by each guard after a wait (bulkhead queue, limiter wait)
        var waited = false
        do {
            while entered < guards.count {
                switch guards[entered] {
                case .circuitBreaker(let breaker):
                    let permit = if let now, !waited { breaker.acquire(at: now) } else { breaker.acquire() }
                    guard let permit else { throw breaker.rejection() }
                    permits[entered] = permit
                case .bulkhead(let bulkhead):
                    if !bulkhead.takeFreePermit() {  // no suspension when a permit is free
                        try await bulkhead.acquire()
                        waited = true
                    }
                case .rateLimiter(let limiter):
                    let taken = if let now, !waited { limiter.takeAvailableToken(at: now) } else { limiter.takeAvailableToken() }
                    if !taken {
                        try await limiter.acquire()
                        waited = true
                    }
                default:
                    break
                }
                entered += 1
            }
        } catch {
            trace?.addEvent(for: error)
            leave(entered, permits, error: error)
            throw error
        }
    }

    /// Leaves every guard (innermost first) after the inner stages returned `value`.
    @inlinable
    func leave<T: Sendable>(_ permits: GuardPermits, value: T) {
        leave(guards.count, permits) { breaker, permit in breaker.onResult(permit, value) }
    }

    /// Leaves the first `count` guards (innermost first) after `error`.
    @usableFromInline
    func leave(_ count: Int, _ permits: GuardPermits, error: any Error) {
        leave(count, permits) { breaker, permit in breaker.onError(permit, error) }
    }

    /// Leaves the first `count` guards, innermost first: `record` finishes each breaker's permit,
    /// bulkheads get their permit back.
    @inlinable @inline(__always)
    func leave(_ count: Int, _ permits: GuardPermits, record: (CircuitBreaker, CircuitBreakerPermit) -> Void) {
        var index = count
        while index > 0 {
            index -= 1
            switch guards[index] {
            case .circuitBreaker(let breaker): if let permit = permits[index] { record(breaker, permit) }
            case .bulkhead(let bulkhead): bulkhead.release()
            default: break
            }
        }
    }
}
