/// Limits of a ``Bulkhead``.
public struct BulkheadConfiguration: Sendable {
    /// Calls allowed to run at the same time.
    public var maxConcurrentCalls: Int
    /// Callers allowed to queue for a permit when all are taken; `nil` means no limit (callers
    /// still wait at most ``maxWait``), 0 rejects at once.
    public var maxWaitingCalls: Int?
    /// How long a queued caller waits before ``ResilienceError/bulkheadWaitTimeout``; `.zero`
    /// rejects at once when no permit is free.
    public var maxWait: Duration

    public init(maxConcurrentCalls: Int = 25, maxWaitingCalls: Int? = nil, maxWait: Duration = .zero) {
        self.maxConcurrentCalls = maxConcurrentCalls
        self.maxWaitingCalls = maxWaitingCalls
        self.maxWait = maxWait
    }

    /// The queue bound in force: unlimited when `maxWaitingCalls` is nil and `maxWait` is positive.
    var waitingLimit: Int {
        guard maxWait > .zero else { return 0 }
        return maxWaitingCalls ?? .max
    }

    /// Throws a ``ConfigurationError`` naming the first field outside its allowed range.
    public func validate() throws(ConfigurationError) {
        let type = "BulkheadConfiguration"
        try ConfigurationError.check(maxConcurrentCalls >= 1, type, "maxConcurrentCalls", "at least 1", "\(maxConcurrentCalls)")
        if let maxWaitingCalls {
            try ConfigurationError.check(maxWaitingCalls >= 0, type, "maxWaitingCalls", "at least 0 or nil", "\(maxWaitingCalls)")
        }
        try ConfigurationError.check(maxWait >= .zero, type, "maxWait", "0 or more", "\(maxWait)")
    }
}
