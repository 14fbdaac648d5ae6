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
    private let clock: any ResilienceClock
    private let configuration: CircuitBreakerConfiguration
    private let metrics: ResilienceMetrics?
    private let transitions = EventBroadcaster<CircuitBreakerTransition>()

    public init(
        name: String = "default",
        configuration: CircuitBreakerConfiguration = CircuitBreakerConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil
    ) {
        self.name = name
        self.machine = Mutex(CircuitBreakerStateMachine(configuration: configuration))
        self.clock = clock
        self.configuration = configuration
        self.metrics = metrics
        metrics?.recordInitialState(.closed)
    }

    /// The current state (an elapsed open wait turns into half-open only when the next call arrives).
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
        let now = clock.now()
        let (decision, transition) = machine.withLock { $0.tryAcquire(at: now) }
        if let transition { publish(transition) }
        guard case .permitted(let generation) = decision else {
            metrics?.recordRejection(.circuitOpen)
            return nil
        }
        return CircuitBreakerPermit(generation: generation, start: now)
    }

    /// Like ``tryAcquirePermission()`` but throws ``ResilienceError/circuitOpen`` on rejection.
    public func acquirePermission() throws(ResilienceError) -> CircuitBreakerPermit {
        guard let permit = acquire() else { throw .circuitOpen }
        return permit
    }

    /// Records a successful call.
    public func onSuccess(_ permit: CircuitBreakerPermit) {
        record(.success, permit)
    }

    /// Records a failed call, classified by the configuration's `isIgnored` and `isFailure`.
    public func onError(_ permit: CircuitBreakerPermit, _ error: any Error) {
        if configuration.isIgnored(error) {
            record(.ignored, permit)
        } else {
            record(configuration.isFailure(error) ? .failure : .success, permit)
        }
    }

    /// Gives a permit back without recording anything (the call was not made or was cancelled).
    public func release(_ permit: CircuitBreakerPermit) {
        record(.ignored, permit)
    }

    private func record(_ outcome: CircuitBreakerStateMachine.Outcome, _ permit: CircuitBreakerPermit) {
        let now = clock.now()
        let transition = machine.withLock {
            $0.record(outcome, startedAt: permit.start, generation: permit.generation, at: now)
        }
        if let transition { publish(transition) }
    }

    /// Runs `operation` if permitted, recording its outcome; throws ``ResilienceError/circuitOpen`` when rejected.
    @inlinable
    public func execute<T>(_ operation: () async throws -> T) async throws -> T {
        guard let permit = acquire() else { throw ResilienceError.circuitOpen }
        do {
            let value = try await operation()
            onSuccess(permit)
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
        transitions.publish(transition)
    }
}

/// Permission to run one call through a ``CircuitBreaker``; finish it with exactly one outcome.
public struct CircuitBreakerPermit: Sendable {
    let generation: UInt64
    /// When the permit was granted, for slow-call detection.
    public let start: ResilienceInstant
}
