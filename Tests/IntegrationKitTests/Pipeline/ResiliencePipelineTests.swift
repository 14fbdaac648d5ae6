import Testing
@testable import IntegrationKit

@Suite struct ResiliencePipelineTests {
    @Test func retriesThroughTheBreakerSoEveryAttemptIsCounted() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let breaker = try CircuitBreaker(configuration: .consecutiveFailures(3), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .retry(RetryConfiguration(maxAttempts: 5, jitter: .none))
            .circuitBreaker(breaker)
            .build()
        let attempts = AttemptCounter()
        await #expect(throws: ResilienceError.circuitOpen) {
            try await pipeline.execute {
                attempts.next()
                throw TestFailure()
            }
        }
        // Three failed attempts open the breaker; the 4th attempt is rejected and not retried.
        #expect(attempts.value == 3)
        #expect(breaker.state == .open)
    }

    @Test func attemptTimeoutIsRecordedByTheBreakerAsAFailure() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(configuration: .consecutiveFailures(1), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .circuitBreaker(breaker)
            .attemptTimeout(.seconds(1))
            .build()
        let call = Task { try await pipeline.execute { try await clock.sleep(for: .seconds(30)) } }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(1))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
        #expect(breaker.state == .open)
    }

    @Test func overallTimeoutBoundsRetriesAndBackoff() async throws {
        let clock = ManualResilienceClock()
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .timeout(.seconds(5))
            .retry(RetryConfiguration(maxAttempts: 100, backoff: .constant(.seconds(2)), jitter: .none))
            .build()
        let attempts = AttemptCounter()
        let call = Task {
            try await pipeline.execute {
                attempts.next()
                throw TestFailure()
            }
        }
        for _ in 0..<2 {
            await clock.waitForSleepers(2)  // overall timer + backoff sleep
            clock.advance(by: .seconds(2))
        }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(1))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
        #expect(attempts.value == 3)
    }

    @Test func bulkheadPermitIsHeldUntilTheOperationReturns() async throws {
        let clock = ManualResilienceClock()
        let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 1), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock).bulkhead(bulkhead).build()
        let call = Task { try await pipeline.execute { try await clock.sleep(for: .seconds(1)) } }
        await clock.waitForSleepers(1)
        #expect(bulkhead.activeCount == 1)
        await #expect(throws: ResilienceError.bulkheadFull) { try await pipeline.execute { 1 } }
        clock.advance(by: .seconds(1))
        try await call.value
        #expect(bulkhead.activeCount == 0)
    }

    @Test func rateLimiterRejectsBeyondTheBurst() async throws {
        let pipeline = try ResiliencePipelineBuilder(clock: ManualResilienceClock())
            .rateLimiter(permitsPerSecond: 1, burst: 2)
            .build()
        _ = try await pipeline.execute { 1 }
        _ = try await pipeline.execute { 1 }
        await #expect(throws: ResilienceError.rateLimited) { try await pipeline.execute { 1 } }
    }

    @Test func fallbackReplacesRejections() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(clock: clock)
        breaker.forceOpen()
        let pipeline = try ResiliencePipelineBuilder(clock: clock).circuitBreaker(breaker).build()
        let value = try await pipeline.execute({ "live" }, fallback: Fallback { _ in "cached" })
        #expect(value == "cached")
    }

    @Test func resultRetryFlowsThroughThePipeline() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .retry(RetryConfiguration(maxAttempts: 3, jitter: .none))
            .build()
        let attempts = AttemptCounter()
        let status = try await pipeline.execute({ attempts.next() == 1 ? 503 : 200 },
                                                shouldRetryResult: { $0 == 503 ? .retry : .accept })
        #expect(status == 200)
    }
}
