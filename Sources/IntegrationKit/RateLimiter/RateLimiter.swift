import Synchronization

/// Limits calls to a steady rate with bursts: a token bucket, refilled continuously.
///
/// A caller either gets a token at once, waits for one (up to `maxWait`, by reserving a future
/// token so waiters are served in order), or is rejected with ``ResilienceError/rateLimited``.
public final class RateLimiter: Sendable {
    private struct Bucket {
        var tokens: Double
        var refilledAt: ResilienceInstant
    }

    public let permitsPerSecond: Double
    public let burst: Int
    public let maxWait: Duration
    private let bucket: Mutex<Bucket>
    let clock: any ResilienceClock
    private let metrics: ResilienceMetrics?
    private let hooks: ResilienceHooks
    public let name: String

    /// - Parameters:
    ///   - permitsPerSecond: sustained rate (positive and finite).
    ///   - burst: bucket size, the most calls allowed at once after idling (at least 1).
    ///   - maxWait: longest a caller waits for a token; `.zero` rejects instead of waiting.
    /// - Throws: ``ConfigurationError`` when a value is out of range.
    public init(
        name: String = "default",
        permitsPerSecond: Double,
        burst: Int = 1,
        maxWait: Duration = .zero,
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks()
    ) throws(ConfigurationError) {
        let type = "RateLimiter"
        try ConfigurationError.check(
            permitsPerSecond > 0 && permitsPerSecond.isFinite, type, "permitsPerSecond", "greater than 0 and finite", "\(permitsPerSecond)")
        try ConfigurationError.check(burst >= 1, type, "burst", "at least 1", "\(burst)")
        try ConfigurationError.check(maxWait >= .zero, type, "maxWait", "0 or more", "\(maxWait)")
        self.name = name
        self.permitsPerSecond = permitsPerSecond
        self.burst = burst
        self.maxWait = maxWait
        self.clock = clock
        self.metrics = metrics
        self.hooks = hooks
        self.bucket = Mutex(Bucket(tokens: Double(burst), refilledAt: clock.now()))
    }

    private func reject() -> ResilienceError {
        metrics?.recordRejection(.rateLimited)
        let error = ResilienceError.rateLimited.named(name)
        hooks.onRejected?(error)
        return error
    }

    /// Takes a token if one is available now.
    public func tryAcquire() -> Bool {
        let granted = reserve(maxWaitNanoseconds: 0) != nil
        if !granted { _ = reject() }
        return granted
    }

    /// Takes a token if one is available now, recording nothing otherwise (the pipeline's fast
    /// path; it calls ``acquire()`` when this fails).
    @usableFromInline
    func takeAvailableToken() -> Bool {
        reserve(maxWaitNanoseconds: 0) != nil
    }

    /// ``takeAvailableToken()`` at `now`, read from this limiter's clock (a pipeline shares one reading).
    @usableFromInline
    func takeAvailableToken(at now: ResilienceInstant) -> Bool {
        reserve(maxWaitNanoseconds: 0, at: now) != nil
    }

    /// Takes a token, waiting up to `maxWait` for one; throws ``ResilienceError/rateLimited`` otherwise.
    public func acquire() async throws {
        guard let wait = reserve(maxWaitNanoseconds: Double(maxWait.nanoseconds)) else {
            throw reject()
        }
        guard wait > 0 else { return }
        do {
            try await clock.sleep(for: .nanoseconds(wait))
        } catch {
            bucket.withLock { $0.tokens += 1 }
            throw error
        }
    }

    /// Refills, then takes one token (possibly a future one); returns the wait in nanoseconds, or nil.
    private func reserve(maxWaitNanoseconds: Double) -> Int64? {
        reserve(maxWaitNanoseconds: maxWaitNanoseconds, at: clock.now())
    }

    private func reserve(maxWaitNanoseconds: Double, at now: ResilienceInstant) -> Int64? {
        bucket.withLock { bucket in
            let elapsed = Double(now.nanoseconds - bucket.refilledAt.nanoseconds) / 1e9
            if elapsed > 0 {
                bucket.tokens = min(Double(burst), bucket.tokens + elapsed * permitsPerSecond)
                bucket.refilledAt = now
            }
            let wait = bucket.tokens >= 1 ? 0 : (1 - bucket.tokens) / permitsPerSecond * 1e9
            guard wait <= maxWaitNanoseconds else { return nil }
            bucket.tokens -= 1
            return Int64(wait.rounded(.up))
        }
    }

    /// Runs `operation` after acquiring a token.
    @inlinable
    public func execute<T>(_ operation: () async throws -> T) async throws -> T {
        try await acquire()
        return try await operation()
    }
}
