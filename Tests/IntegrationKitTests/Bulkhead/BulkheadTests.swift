import Testing
@testable import IntegrationKit

@Suite struct BulkheadTests {
    let clock = ManualResilienceClock()

    @Test func rejectsBeyondMaxConcurrentWithoutQueue() throws {
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 2), clock: clock)
        #expect(bulkhead.tryAcquire())
        #expect(bulkhead.tryAcquire())
        #expect(!bulkhead.tryAcquire())
        bulkhead.release()
        #expect(bulkhead.tryAcquire())
        #expect(bulkhead.activeCount == 2)
    }

    @Test func acquireThrowsBulkheadFullWhenQueueIsFull() async throws {
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWaitingCalls: 0), clock: clock)
        try await bulkhead.acquire()
        await #expect(throws: ResilienceError.bulkheadFull) { try await bulkhead.acquire() }
    }

    @Test func queuedCallerGetsThePermitWhenReleased() async throws {
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWaitingCalls: 1, maxWait: .seconds(5)), clock: clock)
        try await bulkhead.acquire()
        let waiter = Task { try await bulkhead.acquire() }
        while bulkhead.waitingCount < 1 { await Task.yield() }
        await #expect(throws: ResilienceError.bulkheadFull) { try await bulkhead.acquire() }
        bulkhead.release()
        try await waiter.value
        #expect(bulkhead.activeCount == 1)
        #expect(bulkhead.waitingCount == 0)
    }

    @Test func queuedCallerTimesOutAfterMaxWait() async throws {
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWaitingCalls: 4, maxWait: .seconds(2)), clock: clock)
        try await bulkhead.acquire()
        let waiter = Task { try await bulkhead.acquire() }
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(2))
        await #expect(throws: ResilienceError.bulkheadWaitTimeout) { try await waiter.value }
        #expect(bulkhead.waitingCount == 0)
        #expect(bulkhead.activeCount == 1)
    }

    @Test func cancelledWaiterLeavesTheQueue() async throws {
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWaitingCalls: 4, maxWait: .seconds(60)), clock: clock)
        try await bulkhead.acquire()
        let waiter = Task { try await bulkhead.acquire() }
        while bulkhead.waitingCount < 1 { await Task.yield() }
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
        #expect(bulkhead.waitingCount == 0)
        bulkhead.release()
        #expect(bulkhead.activeCount == 0)
    }

    @Test func thousandsOfConcurrentCallersNeverExceedTheLimit() async throws {
        let limit = 8
        let bulkhead = try Bulkhead(
            configuration: BulkheadConfiguration(maxConcurrentCalls: limit, maxWaitingCalls: 5_000, maxWait: .seconds(3600)), clock: clock)
        let gauge = InFlightGauge()
        let completed = AttemptCounter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<3_000 {
                group.addTask {
                    try await bulkhead.execute {
                        gauge.enter()
                        await Task.yield()
                        gauge.leave()
                    }
                    completed.next()
                }
            }
            try await group.waitForAll()
        }
        #expect(completed.value == 3_000)
        #expect(gauge.peak <= limit)
        #expect(gauge.peak > 1)
        #expect(bulkhead.activeCount == 0)
    }
}
