import Testing
@testable import IntegrationKit

@Suite struct CircuitBreakerConcurrencyTests {
    @Test func halfOpenAdmitsExactlyThePermittedNumberUnderContention() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(
            configuration: CircuitBreakerConfiguration(
                mode: .rate(.count(10)), minimumNumberOfCalls: 10, waitDurationInOpen: .seconds(1),
                permittedCallsInHalfOpen: 7, maxWaitInHalfOpen: nil),
            clock: clock)
        for _ in 0..<10 {
            if let permit = breaker.tryAcquirePermission() { breaker.onError(permit, TestFailure()) }
        }
        #expect(breaker.state == .open)
        clock.advance(by: .seconds(1))
        let admitted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<5_000 {
                group.addTask { breaker.tryAcquirePermission() == nil ? 0 : 1 }
            }
            return await group.reduce(0, +)
        }
        #expect(admitted == 7)
        #expect(breaker.state == .halfOpen)
    }

    @Test func closedWindowStaysConsistentUnderThousandsOfConcurrentCalls() async throws {
        let breaker = try CircuitBreaker(
            configuration: CircuitBreakerConfiguration(mode: .rate(.count(100)), failureRateThreshold: 100, minimumNumberOfCalls: 100),
            clock: ManualResilienceClock())
        let failures = AttemptCounter()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<4_000 {
                group.addTask {
                    _ = try? await breaker.execute {
                        if index % 4 == 0 {
                            failures.next()
                            throw TestFailure()
                        }
                    }
                }
            }
        }
        #expect(failures.value == 1_000)
        #expect(breaker.windowCounts.calls == 100)
        #expect(breaker.state == .closed)
    }
}
