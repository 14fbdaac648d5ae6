import CoreMetrics

/// swift-metrics instruments for one protected dependency, created once and shared by its strategies.
///
/// Every family has a fixed label set (Prometheus backends reject a family whose labels vary):
///
/// | metric | type | labels |
/// |---|---|---|
/// | `integrationkit_calls_total` | Counter | `name`, `outcome` = success, failure, rejected, timeout |
/// | `integrationkit_call_duration_seconds` | Timer | `name`, `outcome` |
/// | `integrationkit_retries_total` | Counter | `name` |
/// | `integrationkit_rejections_total` | Counter | `name`, `reason` = circuit_open, bulkhead_full, bulkhead_wait_timeout, rate_limited, retry_budget_exhausted |
/// | `integrationkit_circuit_breaker_state` | Gauge | `name` (0 closed, 1 open, 2 half-open, 3 forced open, 4 disabled) |
/// | `integrationkit_circuit_breaker_transitions_total` | Counter | `name`, `to` = a ``CircuitBreakerState`` raw value |
/// | `integrationkit_circuit_breaker_failure_rate` | Gauge | `name` (percent of the closed-state window) |
/// | `integrationkit_attempt_duration_seconds` | Timer | `name`, `outcome` = success, failure, ignored |
/// | `integrationkit_timeouts_total` | Counter | `name` |
///
/// `name` is the dependency's name you choose (for example `billing`): keep it bounded, never a URL.
public struct ResilienceMetrics: Sendable {
    /// The outcome label of `integrationkit_calls_total`.
    public enum CallOutcome: String, Sendable, CaseIterable {
        case success, failure, rejected, timeout
    }

    public let name: String
    private let calls: [Counter]
    private let durations: [Timer]
    private let retries: Counter
    private let rejections: [String: Counter]
    private let breakerState: Gauge
    private let transitions: [CircuitBreakerState: Counter]
    private let failureRate: Gauge
    private let attemptDurations: [Timer]
    private let timeouts: Counter

    /// The `reason` label a retry budget refusal is counted under.
    static let retryBudgetExhaustedReason = "retry_budget_exhausted"
    /// Every `reason` label value of `integrationkit_rejections_total`.
    static let rejectionReasons = [
        ResilienceError.circuitOpen, .bulkheadFull, .bulkheadWaitTimeout, .rateLimited,
    ].map(\.shortDescription) + [retryBudgetExhaustedReason]

    /// Creates every instrument up front so recording never allocates or looks anything up by label.
    public init(name: String, factory: any MetricsFactory = MetricsSystem.factory) {
        self.name = name
        calls = CallOutcome.allCases.map {
            Counter(label: "integrationkit_calls_total", dimensions: [("name", name), ("outcome", $0.rawValue)], factory: factory)
        }
        durations = CallOutcome.allCases.map {
            Timer(label: "integrationkit_call_duration_seconds", dimensions: [("name", name), ("outcome", $0.rawValue)], factory: factory)
        }
        retries = Counter(label: "integrationkit_retries_total", dimensions: [("name", name)], factory: factory)
        var rejections: [String: Counter] = [:]
        for reason in Self.rejectionReasons {
            rejections[reason] = Counter(
                label: "integrationkit_rejections_total", dimensions: [("name", name), ("reason", reason)], factory: factory)
        }
        self.rejections = rejections
        breakerState = Gauge(label: "integrationkit_circuit_breaker_state", dimensions: [("name", name)], factory: factory)
        var transitions: [CircuitBreakerState: Counter] = [:]
        for state in CircuitBreakerState.allCases {
            transitions[state] = Counter(
                label: "integrationkit_circuit_breaker_transitions_total",
                dimensions: [("name", name), ("to", state.rawValue)], factory: factory)
        }
        self.transitions = transitions
        failureRate = Gauge(label: "integrationkit_circuit_breaker_failure_rate", dimensions: [("name", name)], factory: factory)
        attemptDurations = OutcomeKind.allCases.map {
            Timer(label: "integrationkit_attempt_duration_seconds", dimensions: [("name", name), ("outcome", $0.rawValue)], factory: factory)
        }
        timeouts = Counter(label: "integrationkit_timeouts_total", dimensions: [("name", name)], factory: factory)
    }

    /// Records one attempt (one run of the operation) and how it was classified.
    @usableFromInline
    func recordAttempt(_ kind: OutcomeKind, duration: Duration) {
        let index = switch kind {
        case .success: 0
        case .failure: 1
        case .ignored: 2
        }
        attemptDurations[index].recordNanoseconds(duration.nanoseconds)
    }

    func recordFailureRate(_ percent: Double) {
        failureRate.record(percent)
    }

    func recordTimeout() {
        timeouts.increment()
    }

    /// Records one finished call of a pipeline.
    @usableFromInline
    func recordCall(_ outcome: CallOutcome, duration: Duration) {
        let index = switch outcome {
        case .success: 0
        case .failure: 1
        case .rejected: 2
        case .timeout: 3
        }
        calls[index].increment()
        durations[index].recordNanoseconds(duration.nanoseconds)
    }

    @usableFromInline
    func recordRetry() {
        retries.increment()
    }

    func recordRejection(_ reason: ResilienceError) {
        rejections[reason.shortDescription]?.increment()
    }

    func recordRetryBudgetExhausted() {
        rejections[Self.retryBudgetExhaustedReason]?.increment()
    }

    func recordTransition(_ transition: CircuitBreakerTransition) {
        breakerState.record(transition.to.gaugeValue)
        transitions[transition.to]?.increment()
    }

    func recordInitialState(_ state: CircuitBreakerState) {
        breakerState.record(state.gaugeValue)
    }
}
