/// The circuit breaker's logic as a plain value type: no locks, no clock, no side effects.
///
/// ``CircuitBreaker`` keeps one of these behind a single `Mutex` and passes in the time. Every
/// state change bumps ``generation``; a permit remembers the generation it was issued in, so an
/// outcome that arrives after the state moved on (a slow call that started while closed and ends
/// while half-open) is dropped instead of skewing the new state's statistics.
struct CircuitBreakerStateMachine: Sendable {
    /// The result of asking for a permit.
    enum Decision: Sendable, Equatable {
        case permitted(generation: UInt64)
        case rejected
    }

    /// How a finished call is classified before recording.
    enum Outcome: Sendable, Equatable {
        case success
        case failure
        /// Neither success nor failure (for example cancellation); gives a half-open permit back.
        case ignored
    }

    private enum ClosedWindow: Sendable {
        case consecutive(threshold: Int, failures: Int)
        case count(CountOutcomeWindow, minimumCalls: Int)
        case time(TimeOutcomeWindow, minimumCalls: Int)
    }

    let configuration: CircuitBreakerConfiguration
    /// Durations pre-converted to nanoseconds: comparisons on the hot path stay 64-bit.
    private let slowCallNanoseconds: Int64
    private let waitInOpenNanoseconds: Int64
    private let maxWaitInHalfOpenNanoseconds: Int64?
    private(set) var state: CircuitBreakerState = .closed
    private(set) var generation: UInt64 = 0
    private var closedWindow: ClosedWindow
    private var stateEnteredAt = ResilienceInstant(nanoseconds: 0)
    private var halfOpenPermitsLeft = 0
    private var halfOpenTotals = OutcomeTotals()

    init(configuration: CircuitBreakerConfiguration) {
        self.configuration = configuration
        slowCallNanoseconds = configuration.slowCallDuration.nanoseconds
        waitInOpenNanoseconds = configuration.waitDurationInOpen.nanoseconds
        maxWaitInHalfOpenNanoseconds = configuration.maxWaitInHalfOpen?.nanoseconds
        switch configuration.mode {
        case .consecutiveFailures(let threshold):
            closedWindow = .consecutive(threshold: threshold, failures: 0)
        case .rate(.count(let size)):
            closedWindow = .count(
                CountOutcomeWindow(capacity: size),
                minimumCalls: min(configuration.minimumNumberOfCalls, size))
        case .rate(.time(let seconds)):
            closedWindow = .time(
                TimeOutcomeWindow(seconds: seconds), minimumCalls: configuration.minimumNumberOfCalls)
        }
    }

    /// Totals of the closed-state window (consecutive mode reports consecutive failures as calls).
    var closedTotals: OutcomeTotals {
        switch closedWindow {
        case .consecutive(_, let failures): OutcomeTotals(calls: failures, failures: failures, slowCalls: 0)
        case .count(let window, _): window.totals
        case .time(let window, _): window.totals
        }
    }

    /// The failure rate in percent of the closed-state window (consecutive mode: 100 while failing).
    var closedFailureRate: Double {
        if case .consecutive(_, let failures) = closedWindow { return failures > 0 ? 100 : 0 }
        return closedTotals.failureRate
    }

    /// How long an open breaker keeps rejecting from `now`; nil unless open.
    func remainingOpen(at now: ResilienceInstant) -> Duration? {
        guard state == .open else { return nil }
        return .nanoseconds(max(0, waitInOpenNanoseconds &- (now.nanoseconds &- stateEnteredAt.nanoseconds)))
    }

    /// Asks to run one call at `now`; may move open to half-open or half-open back to open.
    mutating func tryAcquire(at now: ResilienceInstant) -> (Decision, CircuitBreakerTransition?) {
        switch state {
        case .closed, .disabled:
            return (.permitted(generation: generation), nil)
        case .forcedOpen:
            return (.rejected, nil)
        case .open:
            guard now.nanoseconds &- stateEnteredAt.nanoseconds >= waitInOpenNanoseconds else { return (.rejected, nil) }
            let transition = transition(to: .halfOpen, at: now)
            halfOpenPermitsLeft -= 1
            return (.permitted(generation: generation), transition)
        case .halfOpen:
            if let maxWait = maxWaitInHalfOpenNanoseconds, now.nanoseconds &- stateEnteredAt.nanoseconds >= maxWait {
                return (.rejected, transition(to: .open, at: now))
            }
            guard halfOpenPermitsLeft > 0 else { return (.rejected, nil) }
            halfOpenPermitsLeft -= 1
            return (.permitted(generation: generation), nil)
        }
    }

    /// Records the outcome of a permitted call that started at `start` and ended at `now`.
    mutating func record(
        _ outcome: Outcome, startedAt start: ResilienceInstant, generation permitGeneration: UInt64, at now: ResilienceInstant
    ) -> CircuitBreakerTransition? {
        guard permitGeneration == generation else { return nil }
        let slow = now.nanoseconds &- start.nanoseconds > slowCallNanoseconds
        switch state {
        case .closed:
            return recordClosed(outcome, slow: slow, at: now)
        case .halfOpen:
            return recordHalfOpen(outcome, slow: slow, at: now)
        case .open, .forcedOpen, .disabled:
            return nil
        }
    }

    private mutating func recordClosed(_ outcome: Outcome, slow: Bool, at now: ResilienceInstant) -> CircuitBreakerTransition? {
        if outcome == .ignored { return nil }
        let failure = outcome == .failure
        let tripped: Bool
        switch closedWindow {
        case .consecutive(let threshold, let failures):
            let count = failure ? failures + 1 : 0
            closedWindow = .consecutive(threshold: threshold, failures: count)
            tripped = count >= threshold
        case .count(var window, let minimumCalls):
            closedWindow = .consecutive(threshold: 0, failures: 0)  // release the buffer: no copy-on-write
            window.record(failure: failure, slow: slow)
            tripped = exceedsThresholds(window.totals, minimumCalls: minimumCalls)
            closedWindow = .count(window, minimumCalls: minimumCalls)
        case .time(var window, let minimumCalls):
            closedWindow = .consecutive(threshold: 0, failures: 0)
            window.record(failure: failure, slow: slow, at: now)
            tripped = exceedsThresholds(window.totals, minimumCalls: minimumCalls)
            closedWindow = .time(window, minimumCalls: minimumCalls)
        }
        return tripped ? transition(to: .open, at: now) : nil
    }

    private mutating func recordHalfOpen(_ outcome: Outcome, slow: Bool, at now: ResilienceInstant) -> CircuitBreakerTransition? {
        switch outcome {
        case .ignored:
            halfOpenPermitsLeft += 1
            return nil
        case .success, .failure:
            halfOpenTotals.calls += 1
            if outcome == .failure { halfOpenTotals.failures += 1 }
            if slow { halfOpenTotals.slowCalls += 1 }
        }
        if case .consecutive = closedWindow {
            if outcome == .failure { return transition(to: .open, at: now) }
            return halfOpenTotals.calls >= configuration.permittedCallsInHalfOpen ? transition(to: .closed, at: now) : nil
        }
        guard halfOpenTotals.calls >= configuration.permittedCallsInHalfOpen else { return nil }
        let reopen = exceedsThresholds(halfOpenTotals, minimumCalls: configuration.permittedCallsInHalfOpen)
        return transition(to: reopen ? .open : .closed, at: now)
    }

    private func exceedsThresholds(_ totals: OutcomeTotals, minimumCalls: Int) -> Bool {
        guard totals.calls >= minimumCalls else { return false }
        return totals.failureRate >= configuration.failureRateThreshold
            || totals.slowCallRate >= configuration.slowCallRateThreshold
    }

    /// Moves to `newState`, resetting that state's bookkeeping; `nil` when already there.
    mutating func transition(to newState: CircuitBreakerState, at now: ResilienceInstant) -> CircuitBreakerTransition? {
        let old = state
        state = newState
        generation &+= 1
        stateEnteredAt = now
        switch newState {
        case .closed:
            resetClosedWindow()
        case .halfOpen:
            halfOpenPermitsLeft = configuration.permittedCallsInHalfOpen
            halfOpenTotals = OutcomeTotals()
        case .open, .forcedOpen, .disabled:
            break
        }
        return old == newState ? nil : CircuitBreakerTransition(from: old, to: newState, at: now)
    }

    private mutating func resetClosedWindow() {
        switch closedWindow {
        case .consecutive(let threshold, _):
            closedWindow = .consecutive(threshold: threshold, failures: 0)
        case .count(var window, let minimumCalls):
            closedWindow = .consecutive(threshold: 0, failures: 0)
            window.reset()
            closedWindow = .count(window, minimumCalls: minimumCalls)
        case .time(var window, let minimumCalls):
            closedWindow = .consecutive(threshold: 0, failures: 0)
            window.reset()
            closedWindow = .time(window, minimumCalls: minimumCalls)
        }
    }
}
