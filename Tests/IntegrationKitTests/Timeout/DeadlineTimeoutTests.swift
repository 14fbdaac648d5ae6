import Synchronization
import Testing
@testable import IntegrationKit

/// The deadline timeout: one shared timer, no task per call, cooperative cancellation.
@Suite struct DeadlineTimeoutTests {
    @Test func oneSharedTimerCancelsEveryExpiredCall() async throws {
        let clock = ManualResilienceClock()
        let timeout = try Timeout(.seconds(1), clock: clock)
        let calls = (0..<20).map { _ in Task { try await timeout.execute { try await clock.sleep(for: .seconds(60)) } } }
        await clock.waitForSleepers(21)  // 20 operations + the one timer
        #expect(timeout.callsInFlight == 20)
        clock.advance(by: .seconds(1))
        for call in calls { await #expect(throws: ResilienceError.timeout) { try await call.value } }
        #expect(timeout.callsInFlight == 0)
    }

    @Test func theTimerStopsAfterAnIdleDurationAndRestartsOnTheNextCall() async throws {
        let clock = ManualResilienceClock()
        let timeout = try Timeout(.seconds(2), clock: clock)
        #expect(try await timeout.execute { 1 } == 1)
        await clock.waitForSleepers(1)  // the timer, sleeping one duration
        clock.advance(by: .seconds(2))  // a full duration without a call: it ends
        for _ in 0..<1_000 where clock.sleeperCount > 0 { await Task.yield() }
        #expect(clock.sleeperCount == 0)
        let call = Task { try await timeout.execute { try await clock.sleep(for: .seconds(60)) } }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(2))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
    }

    @Test func callingTaskScopeLeavesTheCallerCancelledChildTaskScopeDoesNot() async throws {
        let clock = ManualResilienceClock()
        for scope in [Timeout.Scope.callingTask, .childTask] {
            let timeout = try Timeout(.seconds(1), scope: scope, clock: clock)
            let call = Task { () -> Bool in
                await #expect(throws: ResilienceError.timeout) { try await timeout.execute { try await clock.sleep(for: .seconds(60)) } }
                return Task.isCancelled
            }
            await clock.waitForSleepers(2)
            clock.advance(by: .seconds(1))
            #expect(await call.value == (scope == .callingTask))
        }
    }

    @Test func aTimedOutOperationKeepsItsBulkheadPermitUntilItReallyEnds() async throws {
        let clock = ManualResilienceClock()
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock).timeout(.seconds(1)).bulkhead(bulkhead).build()
        let gate = Gate()
        let sawCancellation = Mutex(false)
        let call = Task {
            try await pipeline.execute {
                await gate.wait()  // ignores cancellation until the gate opens
                sawCancellation.withLock { $0 = Task.isCancelled }
                return 1
            }
        }
        while bulkhead.activeCount == 0 { await Task.yield() }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(1))  // the deadline passes; the operation goes on
        for _ in 0..<100 { await Task.yield() }
        #expect(bulkhead.activeCount == 1)
        gate.open()
        #expect(try await call.value == 1)  // finished after all: its value is returned
        #expect(sawCancellation.withLock { $0 })
        #expect(bulkhead.activeCount == 0)
    }

    @Test func timeoutHookAndMetricSeeEveryExpiredCall() async throws {
        let clock = ManualResilienceClock()
        let factory = RecordingMetricsFactory()
        let seen = Mutex<[TimeoutEvent]>([])
        let timeout = try Timeout(
            .seconds(1), name: "billing", clock: clock, metrics: ResilienceMetrics(name: "billing", factory: factory),
            hooks: ResilienceHooks(onTimeout: { event in seen.withLock { $0.append(event) } }))
        let call = Task { try await timeout.execute { try await clock.sleep(for: .seconds(60)) } }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(1))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
        #expect(seen.withLock { $0.map(\.name) } == ["billing"])
        #expect(factory.value("integrationkit_timeouts_total", [("name", "billing")])?.sum == 1)
    }

    @Test func aNonPositiveDurationIsRejected() {
        #expect(throws: ConfigurationError(type: "Timeout", field: "duration", allowed: "greater than 0", value: "0.0 seconds")) {
            try Timeout(.zero)
        }
    }
}

/// A one-shot gate a test opens; waiting on it ignores cancellation (like a blocking client).
final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state -> Bool in
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    func open() {
        let waiters = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
