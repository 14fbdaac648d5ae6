/// Bounds how long an operation may run, cancelling it when the time is up.
///
/// No task and no timer is created per call: the call registers its deadline with one shared
/// timer per `Timeout` (see ``DeadlineTimer``) and runs the operation in the calling task. When
/// the deadline passes, the timer cancels the task running the operation; once the operation has
/// returned, ``ResilienceError/timeout`` is thrown. Swift cancellation is cooperative, so an
/// operation that ignores cancellation delays the timeout (URLSession and AsyncHTTPClient requests
/// stop promptly); waiting for it keeps bulkhead permits honest: work is never left running
/// unaccounted in the background. A caller's own cancellation stays `CancellationError`.
///
/// Swift has no cancellation scoped to part of a task, hence the ``Scope``: with
/// ``Scope/callingTask`` a timeout that fires leaves the calling task cancelled (right for the
/// outermost stage, whose caller ends with the error); ``Scope/childTask`` runs the operation in
/// one child task so the caller can go on (an attempt timeout that a retry follows).
public struct Timeout: Sendable {
    /// Which task a timeout that fires cancels.
    public enum Scope: Sendable, Hashable {
        /// The calling task itself (no child task; about the cost of two uncontended locks). After
        /// a timeout the caller's task is cancelled: use it where the caller ends with the error.
        case callingTask
        /// One child task per call runs the operation; only it is cancelled, the caller goes on.
        case childTask
    }

    public let name: String
    public let duration: Duration
    public let scope: Scope
    @usableFromInline let timer: DeadlineTimer

    /// - Parameters:
    ///   - duration: the time limit; must be positive (else a ``ConfigurationError``).
    ///   - scope: which task a timeout cancels.
    ///   - hooks: ``ResilienceHooks/onTimeout`` is called once per call that timed out.
    public init(
        _ duration: Duration,
        name: String = "default",
        scope: Scope = .callingTask,
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks()
    ) throws(ConfigurationError) {
        try ConfigurationError.check(duration > .zero, "Timeout", "duration", "greater than 0", "\(duration)")
        self.name = name
        self.duration = duration
        self.scope = scope
        let onTimeout = hooks.onTimeout
        let event = TimeoutEvent(name: name, duration: duration)
        var expiry: (@Sendable () -> Void)?
        if onTimeout != nil || metrics != nil {
            expiry = {
                metrics?.recordTimeout()
                onTimeout?(event)
            }
        }
        self.timer = DeadlineTimer(clock: clock, duration: duration, onExpiry: expiry)
    }

    /// Calls registered right now (for tests and diagnostics).
    public var callsInFlight: Int { timer.liveCount }

    /// Runs `operation`, throwing ``ResilienceError/timeout`` if it outlasts ``duration``.
    @inlinable
    public nonisolated(nonsending) func execute<T: Sendable>(_ operation: @Sendable () async throws -> T) async throws -> T {
        try await run(operation)
    }

    /// ``execute(_:)`` for a pipeline's inner stages, which run on the caller's executor.
    @inlinable @inline(__always)
    nonisolated(nonsending) func run<T: Sendable>(_ operation: nonisolated(nonsending) @Sendable () async throws -> T) async throws -> T {
        switch scope {
        case .callingTask:
            return try await runInCallingTask(operation)
        case .childTask:
            return try await withoutActuallyEscaping(operation) { escapable in
                async let value = runInCallingTask(escapable)
                return try await value
            }
        }
    }

    @inlinable @inline(__always)
    nonisolated(nonsending) func runInCallingTask<T>(_ operation: nonisolated(nonsending) () async throws -> T) async throws -> T {
        guard let ticket = withUnsafeCurrentTask(body: { task in task.map { timer.register(DeadlineTimer.TaskHandle(task: $0)) } }) else {
            return try await operation()  // not in a task (cannot happen from async code)
        }
        let value: T
        do {
            value = try await operation()
        } catch {
            if timer.finish(ticket) { throw ResilienceError.timeout }
            throw error
        }
        _ = timer.finish(ticket)  // finished in time, or right at the deadline: the work is done
        return value
    }
}
