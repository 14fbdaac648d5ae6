/// How a ``CircuitBreaker`` decides to open, how long it stays open and how it probes recovery.
///
/// Defaults follow Resilience4j (failure rate 50 %, slow-call rate 100 %, slow call 60 s, count
/// window of 100 calls, minimum 100 calls, 60 s open, 10 half-open probes), except
/// ``maxWaitInHalfOpen`` which defaults to 60 s so a breaker can never stay half-open forever when
/// probe calls never report back (Resilience4j's most reported problem).
public struct CircuitBreakerConfiguration: Sendable {
    /// What trips the breaker while it is closed.
    public enum Mode: Sendable {
        /// Open after this many failures in a row (any success resets the count).
        case consecutiveFailures(Int)
        /// Open when the failure rate or slow-call rate over the sliding window reaches its threshold.
        case rate(SlidingWindow)
    }

    /// The sliding window the rate mode aggregates over; both are O(1) per call.
    public enum SlidingWindow: Sendable, Equatable {
        /// The last `n` calls (a ring buffer with running totals).
        case count(Int)
        /// The calls of the last `n` seconds (`n` one-second buckets with running totals).
        case time(seconds: Int)
    }

    public var mode: Mode
    /// Failure rate, in percent, at or above which the breaker opens (rate mode and half-open).
    public var failureRateThreshold: Double
    /// Slow-call rate, in percent, at or above which the breaker opens (rate mode and half-open).
    public var slowCallRateThreshold: Double
    /// A call taking longer than this counts as slow (whether it succeeded or failed).
    public var slowCallDuration: Duration
    /// Calls needed in the window before rates are evaluated (capped at a count window's size).
    public var minimumNumberOfCalls: Int
    /// How long the breaker rejects calls before letting probes through (half-open).
    public var waitDurationInOpen: Duration
    /// How many probe calls half-open admits; their outcomes decide closed or open.
    public var permittedCallsInHalfOpen: Int
    /// Longest time in half-open before reopening when probes have not all reported; `nil` waits forever.
    public var maxWaitInHalfOpen: Duration?
    /// Whether an error counts as a failure (otherwise it counts as a success).
    public var isFailure: @Sendable (any Error) -> Bool
    /// Whether an error is ignored: neither success nor failure; a half-open permit is given back.
    public var isIgnored: @Sendable (any Error) -> Bool

    public init(
        mode: Mode = .rate(.count(100)),
        failureRateThreshold: Double = 50,
        slowCallRateThreshold: Double = 100,
        slowCallDuration: Duration = .seconds(60),
        minimumNumberOfCalls: Int = 100,
        waitDurationInOpen: Duration = .seconds(60),
        permittedCallsInHalfOpen: Int = 10,
        maxWaitInHalfOpen: Duration? = .seconds(60),
        isFailure: @escaping @Sendable (any Error) -> Bool = { _ in true },
        isIgnored: @escaping @Sendable (any Error) -> Bool = { $0 is CancellationError }
    ) {
        self.mode = mode
        self.failureRateThreshold = failureRateThreshold
        self.slowCallRateThreshold = slowCallRateThreshold
        self.slowCallDuration = slowCallDuration
        self.minimumNumberOfCalls = max(1, minimumNumberOfCalls)
        self.waitDurationInOpen = waitDurationInOpen
        self.permittedCallsInHalfOpen = max(1, permittedCallsInHalfOpen)
        self.maxWaitInHalfOpen = maxWaitInHalfOpen
        self.isFailure = isFailure
        self.isIgnored = isIgnored
    }

    /// "Open after `failures` consecutive failures", the simplest useful breaker.
    public static func consecutiveFailures(
        _ failures: Int,
        waitDurationInOpen: Duration = .seconds(30),
        permittedCallsInHalfOpen: Int = 1
    ) -> CircuitBreakerConfiguration {
        CircuitBreakerConfiguration(
            mode: .consecutiveFailures(max(1, failures)),
            waitDurationInOpen: waitDurationInOpen,
            permittedCallsInHalfOpen: permittedCallsInHalfOpen
        )
    }
}
