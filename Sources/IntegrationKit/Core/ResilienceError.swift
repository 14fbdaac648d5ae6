/// An error raised by a resilience strategy itself (not by the protected operation).
///
/// A struct wrapping a private code, so new cases never break callers' exhaustive switches.
/// Compare with the static values: `error == .circuitOpen` (equality and hashing look at the kind
/// only, never at the context). ``shortDescription`` is a bounded, stable string safe to use as a
/// metric label. A rejection by a circuit breaker carries the breaker's name, state and remaining
/// open time; an error that ends a retry carries the last error of the dependency itself
/// (``underlyingError``) so that context is not lost when the final attempt was rejected.
public struct ResilienceError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Code: String, Sendable {
        case circuitOpen = "circuit_open"
        case bulkheadFull = "bulkhead_full"
        case bulkheadWaitTimeout = "bulkhead_wait_timeout"
        case rateLimited = "rate_limited"
        case timeout = "timeout"
    }

    private let code: Code
    /// The strategy's name (the breaker's, for a circuit-open rejection), when known.
    public private(set) var strategyName: String?
    /// The breaker's state when it rejected the call (open, half-open with no probe left, forced open).
    public private(set) var circuitBreakerState: CircuitBreakerState?
    /// How long the breaker stays open from the rejection on; `nil` when unknown or forced open.
    public private(set) var remainingOpenDuration: Duration?
    /// The last error of the operation itself, when a retry ended with this rejection or timeout.
    public private(set) var underlyingError: (any Error)?

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

    /// A circuit-open rejection with the breaker's context.
    static func circuitOpen(name: String, state: CircuitBreakerState, remaining: Duration?) -> ResilienceError {
        var error = ResilienceError(.circuitOpen)
        error.strategyName = name
        error.circuitBreakerState = state
        error.remainingOpenDuration = remaining
        return error
    }

    /// A copy naming the strategy that raised it.
    func named(_ name: String) -> ResilienceError {
        var copy = self
        copy.strategyName = name
        return copy
    }

    /// A copy carrying the operation's own last error.
    @usableFromInline
    func withUnderlyingError(_ error: any Error) -> ResilienceError {
        var copy = self
        copy.underlyingError = error
        return copy
    }

    public static func == (lhs: ResilienceError, rhs: ResilienceError) -> Bool {
        lhs.code == rhs.code
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

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
        var text = switch code {
        case .circuitOpen: "circuit breaker is open; call rejected"
        case .bulkheadFull: "bulkhead is full; call rejected"
        case .bulkheadWaitTimeout: "timed out waiting for a bulkhead permit"
        case .rateLimited: "rate limit exceeded; call rejected"
        case .timeout: "operation timed out and was cancelled"
        }
        var context: [String] = []
        if let strategyName { context.append("name \(strategyName)") }
        if let circuitBreakerState { context.append("state \(circuitBreakerState.rawValue)") }
        if let remainingOpenDuration { context.append("open for another \(remainingOpenDuration)") }
        if let underlyingError { context.append("last error: \(underlyingError)") }
        if !context.isEmpty { text += " (" + context.joined(separator: "; ") + ")" }
        return text
    }
}
