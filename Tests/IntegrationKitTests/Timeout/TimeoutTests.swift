import Testing
@testable import IntegrationKit

@Suite struct TimeoutTests {
    @Test func returnsTheValueOfAFastOperation() async throws {
        let timeout = try Timeout(.seconds(1), clock: ManualResilienceClock())
        #expect(try await timeout.execute { 42 } == 42)
    }

    @Test func rethrowsTheOperationsError() async throws {
        let timeout = try Timeout(.seconds(1), clock: ManualResilienceClock())
        await #expect(throws: TestFailure(code: 7)) { try await timeout.execute { throw TestFailure(code: 7) } }
    }

    @Test func cancelsASlowOperationAndThrowsTimeout() async throws {
        let clock = ManualResilienceClock()
        let timeout = try Timeout(.seconds(2), clock: clock)
        let sawCancellation = AttemptCounter()
        let call = Task {
            try await timeout.execute {
                do {
                    try await clock.sleep(for: .seconds(60))
                } catch {
                    sawCancellation.next()
                    throw error
                }
            }
        }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(2))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
        #expect(sawCancellation.value == 1)
        #expect(clock.sleeperCount == 0)
    }

    @Test func callerCancellationIsNotReportedAsTimeout() async throws {
        let clock = ManualResilienceClock()
        let timeout = try Timeout(.seconds(2), clock: clock)
        let call = Task { try await timeout.execute { try await clock.sleep(for: .seconds(60)) } }
        await clock.waitForSleepers(2)
        call.cancel()
        await #expect(throws: CancellationError.self) { try await call.value }
    }
}
