import Synchronization

/// One shared timer for every call through one ``Timeout``: calls register a deadline, the timer
/// cancels the calling task of a call whose deadline passed.
///
/// Every call of one ``Timeout`` has the same duration, so deadlines arrive in (almost) increasing
/// order: the registrations form a FIFO ring indexed by sequence number, registering and
/// deregistering are O(1) under one lock and allocate nothing once the ring has grown to the
/// concurrency it sees. The timer is one background task that sleeps until the oldest deadline
/// and never longer than one timeout duration; after a full duration with no registration it
/// ends, and the next registration starts it again (the only allocation, paid after idle periods).
///
/// A task is cancelled only while the lock is held and its call is still registered; a call
/// deregisters (under the same lock) before its scope returns, so the timer never touches a task
/// whose call has finished.
@usableFromInline
final class DeadlineTimer: Sendable {
    /// The registration of one call; hand it back to ``finish(_:)``.
    @usableFromInline
    struct Ticket: Sendable {
        @usableFromInline let sequence: UInt64
    }

    /// The task of a registered call. `UnsafeCurrentTask` is not `Sendable` because it must not
    /// be used after the task's scope ends; this handle is only used under the lock while its
    /// call is registered, and the call deregisters before its scope returns.
    ///
    /// It keeps the task's address, not the `UnsafeCurrentTask` (one strong reference to the
    /// task, of a type whose layout other modules do not see): the slots stay plain values, so
    /// registering and deregistering copy, retain and release nothing. The task is alive while its
    /// call is registered (it is the caller's own task), which is the only time the handle is used.
    @usableFromInline
    struct TaskHandle: @unchecked Sendable {
        @usableFromInline let address: UnsafeRawPointer

        @usableFromInline
        init(task: UnsafeCurrentTask) {
            self.address = unsafeBitCast(task, to: UnsafeRawPointer.self)
        }

        func cancel() { unsafeBitCast(address, to: UnsafeCurrentTask.self).cancel() }
    }

    private struct Slot {
        var sequence: UInt64 = .max
        var deadline: Int64 = 0
        /// Registered and not yet finished or expired (checked without copying the task handle).
        var live = false
        var task: TaskHandle?
    }

    private struct State {
        var slots: [Slot] = Array(repeating: Slot(), count: 16)
        /// Sequence number of the oldest slot that may still be live.
        var head: UInt64 = 0
        /// Sequence number the next registration gets.
        var tail: UInt64 = 0
        var live = 0
        var timerRunning = false
        var registeredSinceSleep = false

        var mask: Int { slots.count - 1 }

        mutating func dropFinishedHead() {
            while head < tail, !slots[Int(truncatingIfNeeded: head) & mask].live { head += 1 }
        }

        mutating func grow() {
            var bigger = Array(repeating: Slot(), count: slots.count * 2)
            let newMask = bigger.count - 1
            for sequence in head..<tail {
                bigger[Int(truncatingIfNeeded: sequence) & newMask] = slots[Int(truncatingIfNeeded: sequence) & mask]
            }
            slots = bigger
        }
    }

    private let state = Mutex(State())
    private let clock: any ResilienceClock
    private let durationNanoseconds: Int64
    /// Called (outside the lock) once per expired call, for hooks.
    private let onExpiry: (@Sendable () -> Void)?

    init(clock: any ResilienceClock, duration: Duration, onExpiry: (@Sendable () -> Void)? = nil) {
        self.clock = clock
        self.durationNanoseconds = max(1, duration.nanoseconds)
        self.onExpiry = onExpiry
    }

    /// Calls currently registered and not yet expired.
    var liveCount: Int { state.withLock { $0.live } }

    /// Registers the current task with a deadline of one duration from now.
    @usableFromInline
    func register(_ task: TaskHandle) -> Ticket {
        let deadline = clock.now().nanoseconds &+ durationNanoseconds
        let (ticket, startTimer) = state.withLock { state -> (Ticket, Bool) in
            if state.tail - state.head == UInt64(state.slots.count) { state.grow() }
            let sequence = state.tail
            state.tail += 1
            state.slots[Int(truncatingIfNeeded: sequence) & state.mask] = Slot(sequence: sequence, deadline: deadline, live: true, task: task)
            state.live += 1
            state.registeredSinceSleep = true
            if state.timerRunning { return (Ticket(sequence: sequence), false) }
            state.timerRunning = true
            return (Ticket(sequence: sequence), true)
        }
        if startTimer { startTimerTask() }
        return ticket
    }

    /// Deregisters a call; true when its deadline had passed and its task was cancelled.
    @usableFromInline
    func finish(_ ticket: Ticket) -> Bool {
        state.withLock { state in
            let index = Int(truncatingIfNeeded: ticket.sequence) & state.mask
            guard state.slots[index].sequence == ticket.sequence, state.slots[index].live else { return true }
            state.slots[index].live = false
            state.slots[index].task = nil
            state.live -= 1
            state.dropFinishedHead()
            return false
        }
    }

    private func startTimerTask() {
        Task.detached { [self] in await self.run() }
    }

    /// The timer loop: cancel what expired, then sleep until the oldest deadline (at most one duration).
    private func run() async {
        while true {
            let now = clock.now().nanoseconds
            let (expired, sleep) = state.withLock { state -> (Int, Int64?) in
                var expired = 0
                state.dropFinishedHead()
                while state.head < state.tail {
                    let index = Int(truncatingIfNeeded: state.head) & state.mask
                    guard state.slots[index].deadline <= now else { break }
                    if state.slots[index].live, let task = state.slots[index].task {
                        task.cancel()
                        state.slots[index].live = false
                        state.slots[index].task = nil
                        state.live -= 1
                        expired += 1
                    }
                    state.head += 1
                    state.dropFinishedHead()
                }
                if state.head < state.tail {
                    state.registeredSinceSleep = false
                    let oldest = state.slots[Int(truncatingIfNeeded: state.head) & state.mask].deadline
                    return (expired, max(0, oldest &- now))
                }
                if !state.registeredSinceSleep {
                    state.timerRunning = false
                    return (expired, nil)
                }
                state.registeredSinceSleep = false
                return (expired, durationNanoseconds)
            }
            if let onExpiry { for _ in 0..<expired { onExpiry() } }
            guard let sleep else { return }
            do {
                try await clock.sleep(for: .nanoseconds(sleep))
            } catch {
                state.withLock { $0.timerRunning = false }
                return
            }
        }
    }
}
