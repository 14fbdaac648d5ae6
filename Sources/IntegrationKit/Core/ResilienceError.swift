/// An error raised by a resilience strategy itself (not by the protected operation).
///
/// A struct wrapping a private code, so new cases never break callers' exhaustive switches.
/// Compare with the static values: `error == .circuitOpen`. ``shortDescription`` is a bounded,
/// stable string safe to use as a metric label.
public struct ResilienceError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case circuitOpen = "circuit_open"
        case bulkheadFull = "bulkhead_full"
        case bulkheadWaitTimeout = "bulkhead_wait_timeout"
        case rateLimited = "rate_limited"
        case timeout = "timeout"
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// A circuit breaker is open (or forced open) and rejected the call without running it.
    public static let circuitOpen = ResilienceError(.circuitOpen)
    /// A bulkhead had no free permit and no free waiting slot.
    public static let bulkheadFull = ResilienceError(.bulkheadFull)
    /// A caller waited for a bulkhead permit longer than the bulkhead's maximum wait.
    public static let bulkheadWaitTimeout = ResilienceError(.bulkheadWaitTimeout)
    /// A rate limiter had no token and the caller could not (or would not) wait for one.
    public static let rateLimited = ResilienceError(.rateLimited)
    /// The operation did not finish within its time limit and was cancelled.
    public static let timeout = ResilienceError(.timeout)

    /// A bounded snake_case name for metric labels and logs, e.g. `circuit_open`.
    public var shortDescription: String {
        code.rawValue
    }

    /// True for rejections that happened before the operation ran (breaker, bulkhead, limiter).
    public var isRejection: Bool {
        switch code {
        case .circuitOpen, .bulkheadFull, .bulkheadWaitTimeout, .rateLimited: true
        case .timeout: false
        }
    }

    public var description: String {
        switch code {
        case .circuitOpen: "circuit breaker is open; call rejected"
        case .bulkheadFull: "bulkhead is full; call rejected"
        case .bulkheadWaitTimeout: "timed out waiting for a bulkhead permit"
        case .rateLimited: "rate limit exceeded; call rejected"
        case .timeout: "operation timed out and was cancelled"
        }
    }
}
