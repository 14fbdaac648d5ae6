import Foundation

/// What one integration promises: the share of calls that succeed, the latency synchronous
/// calls stay under, and how many calls an alert's long window needs before it may fire.
public struct IntegrationObjective: Sendable, Hashable {
    /// Percent of calls that succeed, e.g. `99.5`.
    public var successPercent: Decimal
    /// The 95th percentile of synchronous calls stays under this many seconds.
    public var latencySeconds: Decimal
    /// Calls an alert's long window must see before the alert fires (the low-traffic guard).
    public var minimumCalls: Int
    /// Where the project set it; nil for the framework's defaults.
    public var source: Evidence?

    public init(successPercent: Decimal, latencySeconds: Decimal, minimumCalls: Int, source: Evidence? = nil) {
        self.successPercent = successPercent
        self.latencySeconds = latencySeconds
        self.minimumCalls = minimumCalls
        self.source = source
    }

    /// The framework prompt's success metrics: > 99.5 % of calls succeed, synchronous calls
    /// under 2 s; alerts need 100 calls in their long window.
    public static let framework = IntegrationObjective(successPercent: 99.5, latencySeconds: 2, minimumCalls: 100)

    /// The error budget as a ratio: 99.5 % → 0.005.
    var errorBudget: Decimal { (100 - successPercent) / 100 }
}

extension Decimal {
    /// Plain decimal text (`0.005`, `2`, `14.4`), identical for equal values.
    var plain: String { NSDecimalNumber(decimal: self).stringValue }
}
