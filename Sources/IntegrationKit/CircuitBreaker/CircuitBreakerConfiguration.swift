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
    /// Whether the breaker moves from open to half-open by itself when the open wait ends (a timer),
    /// so its state and gauge clear without traffic; otherwise the next call performs the move.
    public var automaticTransitionToHalfOpen: Bool
    /// Which results and errors count as failures, successes or neither (ignored: not recorded,
    /// a half-open permit is given back).
    public var classifier: OutcomeClassifier

    /// - Parameters:
    ///   - isFailure: whether an error counts as a failure (otherwise as a success).
    ///   - isIgnored: whether an error is ignored (checked first).
    ///   - classifier: replaces `isFailure`/`isIgnored` when given, and can classify results too.
    public init(
        mode: Mode = .rate(.count(100)),
        failureRateThreshold: Double = 50,
        slowCallRateThreshold: Double = 100,
        slowCallDuration: Duration = .seconds(60),
        minimumNumberOfCalls: Int = 100,
        waitDurationInOpen: Duration = .seconds(60),
        permittedCallsInHalfOpen: Int = 10,
        maxWaitInHalfOpen: Duration? = .seconds(60),
        automaticTransitionToHalfOpen: Bool = false,
        isFailure: @escaping @Sendable (any Error) -> Bool = { _ in true },
        isIgnored: @escaping @Sendable (any Error) -> Bool = { $0 is CancellationError },
        classifier: OutcomeClassifier? = nil
    ) {
        self.mode = mode
        self.failureRateThreshold = failureRateThreshold
        self.slowCallRateThreshold = slowCallRateThreshold
        self.slowCallDuration = slowCallDuration
        self.minimumNumberOfCalls = minimumNumberOfCalls
        self.waitDurationInOpen = waitDurationInOpen
        self.permittedCallsInHalfOpen = permittedCallsInHalfOpen
        self.maxWaitInHalfOpen = maxWaitInHalfOpen
        self.automaticTransitionToHalfOpen = automaticTransitionToHalfOpen
        self.classifier = classifier ?? OutcomeClassifier(error: { error in
            isIgnored(error) ? .ignored : isFailure(error) ? .failure : .success
        })
    }

    /// "Open after `failures` consecutive failures", the simplest useful breaker.
    public static func consecutiveFailures(
        _ failures: Int,
        waitDurationInOpen: Duration = .seconds(30),
        permittedCallsInHalfOpen: Int = 1,
        automaticTransitionToHalfOpen: Bool = false,
        classifier: OutcomeClassifier? = nil
    ) -> CircuitBreakerConfiguration {
        CircuitBreakerConfiguration(
            mode: .consecutiveFailures(failures),
            waitDurationInOpen: waitDurationInOpen,
            permittedCallsInHalfOpen: permittedCallsInHalfOpen,
            automaticTransitionToHalfOpen: automaticTransitionToHalfOpen,
            classifier: classifier
        )
    }

    /// Throws a ``ConfigurationError`` naming the first field outside its allowed range.
    public func validate() throws(ConfigurationError) {
        let type = "CircuitBreakerConfiguration"
        switch mode {
        case .consecutiveFailures(let count):
            try ConfigurationError.check(count >= 1, type, "mode.consecutiveFailures", "at least 1", "\(count)")
        case .rate(.count(let size)):
            try ConfigurationError.check(size >= 1, type, "mode.rate.count", "at least 1", "\(size)")
        case .rate(.time(let seconds)):
            try ConfigurationError.check(seconds >= 1, type, "mode.rate.time.seconds", "at least 1", "\(seconds)")
        }
        try ConfigurationError.check(
            failureRateThreshold > 0 && failureRateThreshold <= 100, type, "failureRateThreshold", "in 0...100 and above 0",
            "\(failureRateThreshold)")
        try ConfigurationError.check(
            slowCallRateThreshold > 0 && slowCallRateThreshold <= 100, type, "slowCallRateThreshold", "in 0...100 and above 0",
            "\(slowCallRateThreshold)")
        try ConfigurationError.check(slowCallDuration > .zero, type, "slowCallDuration", "greater than 0", "\(slowCallDuration)")
        try ConfigurationError.check(minimumNumberOfCalls >= 1, type, "minimumNumberOfCalls", "at least 1", "\(minimumNumberOfCalls)")
        try ConfigurationError.check(waitDurationInOpen > .zero, type, "waitDurationInOpen", "greater than 0", "\(waitDurationInOpen)")
        try ConfigurationError.check(
            permittedCallsInHalfOpen >= 1, type, "permittedCallsInHalfOpen", "at least 1", "\(permittedCallsInHalfOpen)")
        if let maxWaitInHalfOpen {
            try ConfigurationError.check(maxWaitInHalfOpen > .zero, type, "maxWaitInHalfOpen", "greater than 0 or nil", "\(maxWaitInHalfOpen)")
        }
    }
}
