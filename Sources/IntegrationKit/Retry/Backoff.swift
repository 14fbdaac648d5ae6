/// How the delay before each retry grows, before jitter and the cap are applied.
public enum Backoff: Sendable, Equatable {
    /// The same delay before every retry.
    case constant(Duration)
    /// `initial + increment * (retry - 1)`.
    case linear(initial: Duration, increment: Duration)
    /// `initial * multiplier ^ (retry - 1)`.
    case exponential(initial: Duration, multiplier: Double = 2)

    /// The un-jittered delay in nanoseconds before retry number `retry` (1 for the first retry).
    func baseNanoseconds(forRetry retry: Int) -> Double {
        switch self {
        case .constant(let delay):
            Double(delay.nanoseconds)
        case .linear(let initial, let increment):
            Double(initial.nanoseconds) + Double(increment.nanoseconds) * Double(retry - 1)
        case .exponential(let initial, let multiplier):
            Double(initial.nanoseconds) * Self.power(multiplier, retry - 1)
        }
    }

    /// `base ^ exponent` for small non-negative exponents, saturating at infinity (capped later).
    private static func power(_ base: Double, _ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, exponent) where result.isFinite { result *= base }
        return result
    }

    /// The first delay, the `base` of decorrelated jitter.
    var initialNanoseconds: Double {
        baseNanoseconds(forRetry: 1)
    }
}

/// Randomisation of backoff delays so that many clients do not retry in lockstep.
///
/// The formulas are those of AWS's "Exponential Backoff and Jitter", with `t = min(cap, backoff)`.
public enum Jitter: Sendable, Equatable {
    /// `t`.
    case none
    /// `random(0, t)`: the best spread, the AWS recommendation.
    case full
    /// `t/2 + random(0, t/2)`: never shorter than half the backoff.
    case equal
    /// `min(cap, random(base, previous * 3))`, starting from `previous = base`; ignores the backoff's growth.
    case decorrelated
}

/// A backoff, a jitter and a cap: computes each retry's delay.
@usableFromInline
struct BackoffSchedule: Sendable {
    let backoff: Backoff
    let jitter: Jitter
    let cap: Duration
    let random: RandomSource

    /// The delay before retry number `retry`, given the previous delay (for decorrelated jitter).
    @usableFromInline
    func delay(forRetry retry: Int, previous: Duration?) -> Duration {
        let cap = Double(cap.nanoseconds)
        let capped = min(cap, backoff.baseNanoseconds(forRetry: retry))
        let nanoseconds: Double
        switch jitter {
        case .none:
            nanoseconds = capped
        case .full:
            nanoseconds = random.uniform(0, capped)
        case .equal:
            nanoseconds = capped / 2 + random.uniform(0, capped / 2)
        case .decorrelated:
            let base = backoff.initialNanoseconds
            let last = previous.map { Double($0.nanoseconds) } ?? base
            nanoseconds = min(cap, random.uniform(base, last * 3))
        }
        return .nanoseconds(Int64(max(0, nanoseconds.rounded())))
    }
}
