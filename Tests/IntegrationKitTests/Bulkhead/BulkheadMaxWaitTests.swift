import Testing
@testable import IntegrationKit

@Suite struct BulkheadMaxWaitTests {
    @Test func maxWaitAloneMakesCallersWait() async throws {
        let clock = ManualResilienceClock()
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWait: .seconds(5)), clock: clock)
        try await bulkhead.acquire()
        let waiters = (0..<3).map { _ in Task { try await bulkhead.acquire() } }
        while bulkhead.waitingCount < 3 { await Task.yield() }  // no maxWaitingCalls: all queue
        bulkhead.release()
        bulkhead.release()
        bulkhead.release()
        for waiter in waiters { try await waiter.value }
        #expect(bulkhead.activeCount == 1)
    }

    @Test func anExplicitZeroQueueStillRejectsAtOnce() async throws {
        let bulkhead = try Bulkhead(
            configuration: BulkheadConfiguration(maxConcurrentCalls: 1, maxWaitingCalls: 0, maxWait: .seconds(5)), clock: ManualResilienceClock())
        try await bulkhead.acquire()
        await #expect(throws: ResilienceError.bulkheadFull) { try await bulkhead.acquire() }
    }
}
