/// When ``Hedging`` launches extra attempts.
public struct HedgingConfiguration: Sendable {
    /// Extra attempts allowed beyond the first (1 means at most two in flight).
    public var maxHedgedAttempts: Int
    /// Launch the next attempt when the running ones have not succeeded after this long;
    /// `nil` launches one only when an attempt fails (a fast failover).
    public var delay: Duration?
    /// Which outcomes are failures: a failed attempt launches the next one at once.
    public var classifier: OutcomeClassifier

    public init(maxHedgedAttempts: Int = 1, delay: Duration? = .milliseconds(200), classifier: OutcomeClassifier = .default) {
        self.maxHedgedAttempts = maxHedgedAttempts
        self.delay = delay
        self.classifier = classifier
    }

    /// Throws a ``ConfigurationError`` naming the first field outside its allowed range.
    public func validate() throws(ConfigurationError) {
        let type = "HedgingConfiguration"
        try ConfigurationError.check(
            (1...10).contains(maxHedgedAttempts), type, "maxHedgedAttempts", "in 1...10", "\(maxHedgedAttempts)")
        if let delay {
            try ConfigurationError.check(delay >= .zero, type, "delay", "0 or more, or nil", "\(delay)")
        }
    }
}
