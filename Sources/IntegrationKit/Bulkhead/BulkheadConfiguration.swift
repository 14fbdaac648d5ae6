/// Limits of a ``Bulkhead``.
public struct BulkheadConfiguration: Sendable {
    /// Calls allowed to run at the same time.
    public var maxConcurrentCalls: Int
    /// Callers allowed to queue for a permit when all are taken (0 rejects at once).
    public var maxWaitingCalls: Int
    /// How long a queued caller waits before ``ResilienceError/bulkheadWaitTimeout``.
    public var maxWait: Duration

    public init(maxConcurrentCalls: Int = 25, maxWaitingCalls: Int = 0, maxWait: Duration = .zero) {
        self.maxConcurrentCalls = max(1, maxConcurrentCalls)
        self.maxWaitingCalls = max(0, maxWaitingCalls)
        self.maxWait = maxWait
    }
}
