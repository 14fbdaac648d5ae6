/// The source of time for every strategy: reading "now" and sleeping.
///
/// Injected so tests can drive time deterministically with ``ManualResilienceClock`` instead of
/// sleeping; production code uses ``ContinuousResilienceClock``. `sleep` must throw
/// `CancellationError` when the calling task is cancelled.
public protocol ResilienceClock: Sendable {
    /// The current monotonic instant.
    func now() -> ResilienceInstant
    /// Suspends for `duration`; throws `CancellationError` if the task is cancelled.
    func sleep(for duration: Duration) async throws
}

/// The real clock: `ContinuousClock` (monotonic, keeps counting while the machine sleeps).
public struct ContinuousResilienceClock: ResilienceClock {
    private let origin: ContinuousClock.Instant

    public init() {
        origin = ContinuousClock.now
    }

    public func now() -> ResilienceInstant {
        ResilienceInstant(nanoseconds: origin.duration(to: ContinuousClock.now).nanoseconds)
    }

    public func sleep(for duration: Duration) async throws {
        try await Task.sleep(for: duration, clock: .continuous)
    }
}
