import Synchronization

/// A token bucket shared by all retries to one dependency, so retries cannot storm it.
///
/// gRPC retry throttling (proposal A6): the bucket starts full at `maxTokens`; every failed
/// attempt removes one token, every success adds `tokenRatio` (up to `maxTokens`); a retry is
/// allowed only while more than half the tokens remain. When the dependency fails broadly the
/// budget drains and callers fail fast on their first error instead of multiplying the load.
public final class RetryBudget: Sendable {
    public let maxTokens: Double
    public let tokenRatio: Double
    private let tokens: Mutex<Double>

    /// - Parameters:
    ///   - maxTokens: bucket size (gRPC's example: 10).
    ///   - tokenRatio: tokens a success adds back (gRPC's example: 0.1, one retry per ten successes).
    ///   Out-of-range values are reported by ``RetryConfiguration/validate()`` when the retry is built.
    public init(maxTokens: Double = 10, tokenRatio: Double = 0.1) {
        self.maxTokens = maxTokens
        self.tokenRatio = tokenRatio
        self.tokens = Mutex(maxTokens)
    }

    /// Tokens currently available.
    public var availableTokens: Double {
        tokens.withLock { $0 }
    }

    /// Whether a retry is allowed right now (more than half the tokens remain).
    public var allowsRetry: Bool {
        tokens.withLock { $0 > maxTokens / 2 }
    }

    /// Records a successful attempt.
    public func recordSuccess() {
        tokens.withLock { $0 = min(maxTokens, $0 + tokenRatio) }
    }

    /// Records a failed attempt and answers whether a retry is still allowed.
    public func recordFailure() -> Bool {
        tokens.withLock {
            $0 = max(0, $0 - 1)
            return $0 > maxTokens / 2
        }
    }
}
