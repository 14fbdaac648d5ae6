import Synchronization
import Tracing
#if canImport(Glibc)
import Glibc
#endif

/// The bootstrapped tracer, looked up when a pipeline is called rather than when it is built, so a
/// tracer bootstrapped later (`InstrumentationSystem.bootstrap` after the pipelines were made, as
/// static properties often are) is picked up within ``recheckNanoseconds``.
///
/// Looking the tracer up takes swift-distributed-tracing's lock and two dynamic casts, too much for
/// every call; the answer is cached for a short time instead, found or not (a negative cache). A
/// call costs one atomic load and a coarse clock read (a memory read in the vDSO on Linux). When
/// the answer is stale, one detached task looks again while calls go on with the stale answer:
/// detached, so it sees only the bootstrapped tracer, never one a caller bound task-locally with
/// `withTracer(_:_:)` (cached process-wide, that one would leak into every other task's calls).
/// A task-local tracer is not used: pass it to the builder as `tracer:` instead.
@usableFromInline
final class TracerLookup: Sendable {
    /// The process-wide lookup every pipeline without an explicit tracer uses.
    @usableFromInline
    static let shared = TracerLookup(recheckEvery: .milliseconds(100), now: coarseNanoseconds, find: bootstrappedTracer)

    /// The time of the next lookup (coarse nanoseconds) shifted left by one; the low bit is set
    /// when the last lookup found a tracer. 0: not looked up yet.
    private let state = Atomic<Int64>(0)
    private let found = Mutex<(any Tracer)?>(nil)
    /// Whether a lookup task is under way (at most one at a time).
    private let refreshing = Atomic<Bool>(false)
    /// The latest lookup task, for tests to wait on.
    private let lastRefresh = Mutex<Task<Void, Never>?>(nil)
    /// How long an answer is kept.
    let recheckNanoseconds: Int64
    private let now: @Sendable () -> Int64
    private let find: @Sendable () -> (any Tracer)?

    /// - Parameters:
    ///   - now: a monotonic time in nanoseconds (coarse is enough).
    ///   - find: the tracer in force, nil when none is bootstrapped.
    init(recheckEvery: Duration, now: @escaping @Sendable () -> Int64, find: @escaping @Sendable () -> (any Tracer)?) {
        self.recheckNanoseconds = max(1, recheckEvery.nanoseconds)
        self.now = now
        self.find = find
    }

    /// The bootstrapped tracer, nil when none is (the no-op tracer counts as none).
    /// Until the first lookup has finished (microseconds after the first pipeline is built), nil.
    @usableFromInline
    func current() -> (any Tracer)? {
        let state = state.load(ordering: .acquiring)
        if now() >= state >> 1 { scheduleRefresh() }
        return state & 1 == 0 ? nil : found.withLock { $0 }
    }

    /// Starts a lookup unless one is under way (also called when a pipeline is built, so the first
    /// call usually has an answer).
    func scheduleRefresh() {
        guard refreshing.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        let task = Task.detached { [self] in refresh() }
        lastRefresh.withLock { $0 = task }
    }

    /// Waits for the latest lookup to finish (tests).
    func settle() async {
        await lastRefresh.withLock { $0 }?.value
    }

    private func refresh() {
        let tracer = find()
        found.withLock { $0 = tracer }
        let next = (now() &+ recheckNanoseconds) << 1
        state.store(tracer == nil ? next : next | 1, ordering: .releasing)
        refreshing.store(false, ordering: .releasing)
    }

    static func bootstrappedTracer() -> (any Tracer)? {
        let tracer = InstrumentationSystem.tracer
        return tracer is NoOpTracer ? nil : tracer
    }

    /// A monotonic time that is cheap to read: `CLOCK_MONOTONIC_COARSE` (a few ms resolution) on Linux.
    static func coarseNanoseconds() -> Int64 {
        #if canImport(Glibc)
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &time)
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
        #else
        return ContinuousResilienceClock().now().nanoseconds
        #endif
    }
}
