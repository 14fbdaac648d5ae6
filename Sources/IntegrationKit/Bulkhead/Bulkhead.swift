import Synchronization

/// Caps the calls in flight to one dependency so a slow dependency cannot take every resource.
///
/// A permit is held until the operation has really returned: Swift cancellation is cooperative,
/// so a timed-out call that keeps running keeps its permit, and the bulkhead's count always
/// reflects work actually in progress. Queued callers are served first come, first served; a
/// freed permit is handed directly to the oldest waiter.
public final class Bulkhead: Sendable {
    private struct Waiter {
        let id: UInt64
        let continuation: CheckedContinuation<Void, any Error>
        var timer: Task<Void, Never>?
    }

    private struct State {
        var active = 0
        var waiters: [Waiter] = []
        var nextID: UInt64 = 0
    }

    private enum Admission {
        case granted, rejected, queued, cancelled
    }

    public let name: String
    public let configuration: BulkheadConfiguration
    private let state = Mutex(State())
    private let clock: any ResilienceClock
    private let metrics: ResilienceMetrics?
    private let hooks: ResilienceHooks
    private let waitingLimit: Int

    /// Throws a ``ConfigurationError`` when `configuration` is out of range.
    public init(
        name: String = "default",
        configuration: BulkheadConfiguration = BulkheadConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks()
    ) throws(ConfigurationError) {
        try configuration.validate()
        self.name = name
        self.configuration = configuration
        self.clock = clock
        self.metrics = metrics
        self.hooks = hooks
        self.waitingLimit = configuration.waitingLimit
    }

    private func reject(_ error: ResilienceError) -> ResilienceError {
        metrics?.recordRejection(error)
        let named = error.named(name)
        hooks.onRejected?(named)
        return named
    }

    /// Calls currently holding a permit.
    public var activeCount: Int { state.withLock { $0.active } }
    /// Callers currently queued for a permit.
    public var waitingCount: Int { state.withLock { $0.waiters.count } }

    /// Takes a permit if one is free, without waiting; pair a `true` with ``release()``.
    public func tryAcquire() -> Bool {
        let granted = state.withLock { state in
            guard state.active < configuration.maxConcurrentCalls else { return false }
            state.active += 1
            return true
        }
        if !granted { _ = reject(.bulkheadFull) }
        return granted
    }

    /// Takes a permit if one is free, recording nothing otherwise (the pipeline's fast path; it
    /// calls ``acquire()`` when this fails).
    @usableFromInline
    func takeFreePermit() -> Bool {
        state.withLock { state in
            guard state.active < configuration.maxConcurrentCalls else { return false }
            state.active += 1
            return true
        }
    }

    /// Takes a permit, queueing up to `maxWait` when none is free; pair with ``release()``.
    ///
    /// Throws ``ResilienceError/bulkheadFull`` when the queue is full,
    /// ``ResilienceError/bulkheadWaitTimeout`` after `maxWait`, `CancellationError` on cancellation.
    public func acquire() async throws {
        let fastPath: Bool? = state.withLock { state in
            if state.active < configuration.maxConcurrentCalls {
                state.active += 1
                return true
            }
            return state.waiters.count < waitingLimit ? nil : false
        }
        switch fastPath {
        case true?: return
        case false?:
            throw reject(.bulkheadFull)
        case nil:
            try await waitForPermit()
        }
    }

    private func waitForPermit() async throws {
        let id = state.withLock { state -> UInt64 in
            state.nextID += 1
            return state.nextID
        }
        do {
            try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                    enqueue(id: id, continuation)
                }
            } onCancel: {
                removeWaiter(id, error: CancellationError())
            }
        } catch let error as ResilienceError {
            throw reject(error)
        }
    }

    private func enqueue(id: UInt64, _ continuation: CheckedContinuation<Void, any Error>) {
        let admission: Admission = state.withLock { state in
            if Task.isCancelled { return .cancelled }
            if state.active < configuration.maxConcurrentCalls {
                state.active += 1
                return .granted
            }
            guard state.waiters.count < waitingLimit else { return .rejected }
            state.waiters.append(Waiter(id: id, continuation: continuation, timer: nil))
            return .queued
        }
        switch admission {
        case .granted: continuation.resume()
        case .rejected: continuation.resume(throwing: ResilienceError.bulkheadFull)
        case .cancelled: continuation.resume(throwing: CancellationError())
        case .queued: startWaitTimer(for: id)
        }
    }

    private func startWaitTimer(for id: UInt64) {
        let clock = clock
        let maxWait = configuration.maxWait
        let timer = Task { [weak self] in
            guard (try? await clock.sleep(for: maxWait)) != nil else { return }
            self?.removeWaiter(id, error: ResilienceError.bulkheadWaitTimeout)
        }
        let stillQueued = state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return false }
            state.waiters[index].timer = timer
            return true
        }
        if !stillQueued { timer.cancel() }
    }

    private func removeWaiter(_ id: UInt64, error: any Error) {
        let removed: Waiter? = state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index)
        }
        guard let removed else { return }
        removed.timer?.cancel()
        removed.continuation.resume(throwing: error)
    }

    /// Returns a permit, handing it to the oldest waiter if any.
    public func release() {
        let queued = state.withLock { state in
            if state.waiters.isEmpty {
                state.active -= 1
                return false
            }
            return true
        }
        if queued { handOver() }  // kept apart so the common case builds no optional waiter
    }

    private func handOver() {
        let next: Waiter? = state.withLock { state in
            if state.waiters.isEmpty {
                state.active -= 1
                return nil
            }
            return state.waiters.removeFirst()
        }
        guard let next else { return }
        next.timer?.cancel()
        next.continuation.resume()
    }

    /// Runs `operation` holding a permit until it has returned.
    @inlinable
    public func execute<T>(_ operation: () async throws -> T) async throws -> T {
        try await acquire()
        defer { release() }
        return try await operation()
    }
}
