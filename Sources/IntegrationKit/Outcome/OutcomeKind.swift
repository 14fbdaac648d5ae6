/// How a strategy counts one finished call.
public enum OutcomeKind: String, Sendable, Hashable, CaseIterable {
    /// The call worked: a breaker records a success, a retry or hedge stops, a fallback passes it on.
    case success
    /// The call failed: a breaker records a failure, a retry or hedge tries again, a fallback substitutes.
    case failure
    /// Neither: a breaker records nothing (and gives a half-open permit back), a retry stops.
    case ignored
}
