import Synchronization

/// Stops calling a failing dependency for a while, then probes it before letting traffic back.
///
/// The logic lives in a value-type state machine behind one `Mutex`; the clock is read outside the
/// lock. The hot path is ``tryAcquirePermission()``, which returns `nil` on rejection instead of
/// throwing (a thrown error costs an allocation); ``execute(_:)`` is the convenient throwing API
/// built on it. Each permit must be finished with exactly one of ``onSuccess(_:)``,
/// ``onError(_:_:)`` or ``release(_:)``.
public final class CircuitBreaker: Sendable {
    public let name: String
    private let machine: Mutex<CircuitBreakerStateMachine>
    let clock: any ResilienceClock
    private let configuration: CircuitBreakerConfiguration
    private let metrics: ResilienceMetrics?
    private let hooks: ResilienceHooks
    private let transitions = EventBroadcaster<CircuitBreakerTransition>()

    /// Throws a ``ConfigurationError`` when `configuration` is out of range.
    public init(
        name: String = "default",
        configuration: CircuitBreakerConfiguration = CircuitBreakerConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks()
    ) throws(ConfigurationError) {
        try configuration.validate()
        self.name = name
        self.hooks = hooks
        self.machine = Mutex(CircuitBreakerStateMachine(configuration: configuration))
        self.clock = clock
        self.configuration = configuration
        self.metrics = metrics
        metrics?.recordInitialState(.closed)
    }

    /// The configuration the breaker was built with.
    public var settings: CircuitBreakerConfiguration { configuration }

    /// The current state (an elapsed open wait turns into half-open when the next call arrives, or
    /// on its own with ``CircuitBreakerConfiguration/automaticTransitionToHalfOpen``).
    public var state: CircuitBreakerState {
        machine.withLock { $0.state }
    }

    /// Recorded calls, failures and slow calls in the current closed-state window.
    public var windowCounts: (calls: Int, failures: Int, slowCalls: Int) {
        let totals = machine.withLock { $0.closedTotals }
        return (totals.calls, totals.failures, totals.slowCalls)
    }

    /// A stream of every state change from now on.
    public func stateChanges() -> AsyncStream<CircuitBreakerTransition> {
        transitions.subscribe()
    }

    /// Asks to run one call; `nil` means rejected (open, forced open, or half-open probes used up).
    @inlinable
    public func tryAcquirePermission() -> CircuitBreakerPermit? {
        acquire()
    }

    @usableFromInline
    func acquire() -> CircuitBreakerPermit? {
        acquire(at: clock.now())
    }

    /// ``acquire()`` at `now`, read from this breaker's clock (a pipeline shares one reading).
    @usableFromInline
    func acquire(at now: ResilienceInstant) -> CircuitBreakerPermit? {
        let (decision, transition) = machine.withLock { $0.tryAcquire(at: now) }
        if let transition { publish(transition) }
        guard case .permitted(let generation) = decision else {
            metrics?.recordRejection(.circuitOpen)
            if let onRejected = hooks.onRejected { onRejected(rejection()) }
            return nil
        }
        return CircuitBreakerPermit(generation: generation, start: now)
    }

    /// The error describing a rejection right now: name, state and remaining open time.
    public func rejection() -> ResilienceError {
        let now = clock.now()
        let (state, remaining) = machine.withLock { ($0.state, $0.remainingOpen(at: now)) }
        return .circuitOpen(name: name, state: state, remaining: remaining)
    }

    /// Like ``tryAcquirePermission()`` but throws ``ResilienceError/circuitOpen`` (with
    /// ``rejection()``'s context) on rejection.
    public func acquirePermission() throws(ResilienceError) -> CircuitBreakerPermit {
        guard let permit = acquire() else { throw rejection() }
        return permit
    }

    /// Records a successful call.
    public func onSuccess(_ permit: CircuitBreakerPermit) {
        recordOutcome(.success, permit)
    }

    /// Records a call that returned `value`, classified by the configuration's classifier
    /// (a success unless its result predicate says otherwise).
    @inlinable
    public func onResult<T: Sendable>(_ permit: CircuitBreakerPermit, _ value: T) {
        record(classifier.classify(result: value), permit)
    }

    /// Records a failed call, classified by the configuration's classifier.
    public func onError(_ permit: CircuitBreakerPermit, _ error: any Error) {
        record(configuration.classifier.classify(error: error), permit)
    }

    /// Records a call already classified.
    public func record(_ kind: OutcomeKind, _ permit: CircuitBreakerPermit) {
        switch kind {
        case .success: recordOutcome(.success, permit)
        case .failure: recordOutcome(.failure, permit)
        case .ignored: recordOutcome(.ignored, permit)
        }
    }

    @usableFromInline
    var classifier: OutcomeClassifier { configuration.classifier }

    /// Gives a permit back without recording anything (the call was not made or was cancelled).
    public func release(_ permit: CircuitBreakerPermit) {
        recordOutcome(.ignored, permit)
    }

    private func recordOutcome(_ outcome: CircuitBreakerStateMachine.Outcome, _ permit: CircuitBreakerPermit) {
        let now = clock.now()
        let (transition, failureRate) = machine.withLock {
            ($0.record(outcome, startedAt: permit.start, generation: permit.generation, at: now), $0.closedFailureRate)
        }
        if let metrics, outcome != .ignored { metrics.recordFailureRate(failureRate) }
        if let transition { publish(transition) }
    }

    /// Runs `operation` if permitted, recording its outcome; throws ``ResilienceError/circuitOpen`` when rejected.
    @inlinable
    public func execute<T: Sendable>(_ operation: () async throws -> T) async throws -> T {
        guard let permit = acquire() else { throw rejection() }
        do {
            let value = try await operation()
            onResult(permit, value)
            return value
        } catch {
            onError(permit, error)
            throw error
        }
    }

    /// Opens the breaker until ``reset()``: every call is rejected.
    public func forceOpen() { manualTransition(to: .forcedOpen) }
    /// Disables the breaker until ``reset()``: every call is permitted, nothing recorded.
    public func disable() { manualTransition(to: .disabled) }
    /// Moves to closed with an empty window.
    public func reset() { manualTransition(to: .closed) }

    private func manualTransition(to state: CircuitBreakerState) {
        let now = clock.now()
        if let transition = machine.withLock({ $0.transition(to: state, at: now) }) { publish(transition) }
    }

    private func publish(_ transition: CircuitBreakerTransition) {
        metrics?.recordTransition(transition)
        hooks.onBreakerStateChange?(transition)
        transitions.publish(transition)
        if transition.to == .open, configuration.automaticTransitionToHalfOpen { scheduleHalfOpen(after: transition) }
    }

    /// Sleeps out the open wait on the breaker's clock, then moves to half-open if still open
    /// since `transition` (a reset or a new opening in between cancels nothing but finds a new generation).
    private func scheduleHalfOpen(after transition: CircuitBreakerTransition) {
        let generation = machine.withLock { $0.generation }
        let clock = clock
        let wait = configuration.waitDurationInOpen
        Task.detached { [weak self] in
            guard (try? await clock.sleep(for: wait)) != nil, let self else { return }
            let now = clock.now()
            let moved = self.machine.withLock { machine -> CircuitBreakerTransition? in
                guard machine.generation == generation, machine.state == .open else { return nil }
                return machine.transition(to: .halfOpen, at: now)
            }
            if let moved { self.publish(moved) }
        }
    }
}

/// Permission to run one call through a ``CircuitBreaker``; finish it with exactly one outcome.
public struct CircuitBreakerPermit: Sendable {
    let generation: UInt64
    /// When the permit was granted, for slow-call detection.
    public let start: ResilienceInstant
}
