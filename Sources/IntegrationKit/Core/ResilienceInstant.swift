/// A point on a ``ResilienceClock``'s monotonic timeline, in nanoseconds from the clock's origin.
///
/// A plain integer keeps reads, comparisons and window arithmetic cheap on the hot path.
public struct ResilienceInstant: Comparable, Hashable, Sendable {
    /// Nanoseconds since the clock's (arbitrary) origin.
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    public static func < (lhs: ResilienceInstant, rhs: ResilienceInstant) -> Bool {
        lhs.nanoseconds < rhs.nanoseconds
    }

    public static func + (lhs: ResilienceInstant, rhs: Duration) -> ResilienceInstant {
        ResilienceInstant(nanoseconds: lhs.nanoseconds &+ rhs.nanoseconds)
    }

    /// The time elapsed from `earlier` to `self`.
    public func duration(since earlier: ResilienceInstant) -> Duration {
        .nanoseconds(nanoseconds &- earlier.nanoseconds)
    }
}

extension Duration {
    /// This duration in whole nanoseconds, saturating at `Int64` bounds.
    public var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        let (scaled, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return scaled &+ attoseconds / 1_000_000_000
    }

    /// This duration in seconds as a `Double` (for rates and metrics).
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
