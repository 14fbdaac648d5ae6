import Synchronization

/// A clock that only moves when told to, for deterministic tests without real sleeping.
///
/// Two modes. With `autoAdvance: true` a `sleep(for:)` returns at once after moving time forward
/// by the slept duration and recording it in ``sleeps`` (ideal for retry/backoff tests). Otherwise
/// sleepers stay suspended until ``advance(by:)`` moves time past their deadline, so tests can race
/// timeouts against operations; ``waitForSleepers(_:)`` lets a test wait until they are parked.
public final class ManualResilienceClock: ResilienceClock {
    private struct Sleeper {
        let id: UInt64
        let deadline: ResilienceInstant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = ResilienceInstant(nanoseconds: 0)
        var sleepers: [Sleeper] = []
        var nextID: UInt64 = 0
        var sleeps: [Duration] = []
    }

    private let state = Mutex(State())
    private let autoAdvance: Bool

    public init(autoAdvance: Bool = false) {
        self.autoAdvance = autoAdvance
    }

    public func now() -> ResilienceInstant {
        state.withLock { $0.now }
    }

    /// Every duration passed to `sleep(for:)`, in call order.
    public var sleeps: [Duration] {
        state.withLock { $0.sleeps }
    }

    /// The number of tasks currently suspended in `sleep(for:)`.
    public var sleeperCount: Int {
        state.withLock { $0.sleepers.count }
    }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        if autoAdvance {
            state.withLock {
                $0.sleeps.append(duration)
                $0.now = $0.now + duration
            }
            return
        }
        let id = state.withLock { state -> UInt64 in
            state.nextID += 1
            state.sleeps.append(duration)
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow: Bool = state.withLock { state in
                    let deadline = state.now + duration
                    if deadline <= state.now { return true }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let cancelled: Sleeper? = state.withLock { state in
                guard let index = state.sleepers.firstIndex(where: { $0.id == id }) else { return nil }
                return state.sleepers.remove(at: index)
            }
            cancelled?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves time forward and wakes every sleeper whose deadline has passed.
    public func advance(by duration: Duration) {
        let due: [Sleeper] = state.withLock { state in
            state.now = state.now + duration
            let now = state.now
            let due = state.sleepers.filter { $0.deadline <= now }
            state.sleepers.removeAll { $0.deadline <= now }
            return due
        }
        for sleeper in due { sleeper.continuation.resume() }
    }

    /// Suspends (yielding) until at least `count` tasks are parked in `sleep(for:)`.
    public func waitForSleepers(_ count: Int) async {
        while sleeperCount < count {
            await Task.yield()
        }
    }
}
