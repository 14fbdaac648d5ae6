/// The state of a ``CircuitBreaker``.
public enum CircuitBreakerState: String, Sendable, Hashable, CaseIterable {
    /// Calls flow; outcomes are recorded and may trip the breaker.
    case closed
    /// Calls are rejected until the open wait has elapsed.
    case open
    /// A limited number of probe calls decide between closed and open.
    case halfOpen = "half_open"
    /// Manually opened: every call is rejected until the breaker is reset.
    case forcedOpen = "forced_open"
    /// Manually disabled: every call is permitted and nothing is recorded.
    case disabled

    /// The value published on the state gauge: 0 closed, 1 open, 2 half-open, 3 forced open, 4 disabled.
    public var gaugeValue: Int {
        switch self {
        case .closed: 0
        case .open: 1
        case .halfOpen: 2
        case .forcedOpen: 3
        case .disabled: 4
        }
    }
}

/// One state change of a ``CircuitBreaker``, as delivered by ``CircuitBreaker/stateChanges()``.
public struct CircuitBreakerTransition: Sendable, Hashable {
    public let from: CircuitBreakerState
    public let to: CircuitBreakerState
    /// When the change happened, on the breaker's clock.
    public let at: ResilienceInstant
}
