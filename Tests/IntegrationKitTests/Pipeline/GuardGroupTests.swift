import Testing
@testable import IntegrationKit

/// Consecutive breakers, bulkheads and limiters run in one frame and behave exactly as nested stages.
@Suite struct GuardGroupTests {
    @Test func consecutiveGuardsAreGroupedButReportedAsBuilt() throws {
        let pipeline = try ResiliencePipelineBuilder(clock: ManualResilienceClock())
            .timeout(.seconds(1))
            .retry()
            .circuitBreaker(CircuitBreakerConfiguration())
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 2))
            .rateLimiter(permitsPerSecond: 10, burst: 5)
            .build()
        #expect(pipeline.stageNames == ["timeout", "retry", "circuit breaker", "bulkhead", "rate limiter"])
        #expect(pipeline.steps.map(\.kindName) == ["timeout", "retry", "circuit breaker+bulkhead+rate limiter"])
        #expect(pipeline.circuitBreaker != nil && pipeline.bulkhead != nil && pipeline.rateLimiter != nil)
    }

    @Test func groupsHoldAtMostFourGuardsAndASingleGuardStaysAlone() throws {
        let clock = ManualResilienceClock()
        var builder = ResiliencePipelineBuilder(clock: clock)
        for _ in 0..<5 { builder = builder.bulkhead(BulkheadConfiguration(maxConcurrentCalls: 2)) }
        let pipeline = try builder.retry().circuitBreaker(CircuitBreakerConfiguration()).build()
        #expect(pipeline.steps.map(\.kindName) == ["bulkhead+bulkhead+bulkhead+bulkhead", "bulkhead", "retry", "circuit breaker"])
    }

    @Test func anInnerRejectionIsRecordedByTheOuterBreakerAndPermitsAreReturned() async throws {
        let clock = ManualResilienceClock()
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .circuitBreaker(.consecutiveFailures(2))
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 1))
            .rateLimiter(permitsPerSecond: 1, burst: 1)
            .build()
        let breaker = try #require(pipeline.circuitBreaker)
        let bulkhead = try #require(pipeline.bulkhead)
        #expect(try await pipeline.execute { 1 } == 1)  // spends the only token
        await #expect(throws: ResilienceError.rateLimited) { try await pipeline.execute { 2 } }
        #expect(bulkhead.activeCount == 0)  // the bulkhead entered before the limiter is left
        await #expect(throws: ResilienceError.rateLimited) { try await pipeline.execute { 3 } }
        #expect(breaker.state == .open)  // two rejections in a row, as with nested stages
        await #expect(throws: ResilienceError.circuitOpen) { try await pipeline.execute { 4 } }
        #expect(bulkhead.activeCount == 0)
    }

    @Test func anOperationErrorLeavesEveryGuardInReverseOrder() async throws {
        let pipeline = try ResiliencePipelineBuilder(clock: ManualResilienceClock())
            .circuitBreaker(.consecutiveFailures(1))
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 1))
            .build()
        await #expect(throws: TestFailure.self) { try await pipeline.execute { () async throws -> Int in throw TestFailure() } }
        #expect(pipeline.bulkhead?.activeCount == 0)
        #expect(pipeline.circuitBreaker?.state == .open)
    }

    @Test func oneClockReadingServesTheGroupOnlyWhenItIsOneTimeSource() throws {
        let manual = ManualResilienceClock()
        #expect(ResilienceClockIdentity.same(manual, manual))
        #expect(!ResilienceClockIdentity.same(manual, ManualResilienceClock()))
        #expect(ResilienceClockIdentity.same(ContinuousResilienceClock(), ContinuousResilienceClock()))
        #expect(!ResilienceClockIdentity.same(ContinuousResilienceClock(), manual))

        func group(_ breakerClock: any ResilienceClock) throws -> GuardGroup? {
            let pipeline = try ResiliencePipelineBuilder(clock: manual)
                .circuitBreaker(try CircuitBreaker(clock: breakerClock))
                .rateLimiter(permitsPerSecond: 10)
                .build()
            guard case .guards(let box) = pipeline.steps.first else { return nil }
            return box.value
        }
        #expect(try group(manual)?.sharedClock != nil)
        #expect(try group(ManualResilienceClock())?.sharedClock == nil)  // the breaker keeps its own clock
    }

    @Test func aBreakerWithItsOwnClockStillSeesItsOwnTime() async throws {
        let pipelineClock = ManualResilienceClock()
        let breakerClock = ManualResilienceClock()
        let breaker = try CircuitBreaker(
            configuration: CircuitBreakerConfiguration(mode: .consecutiveFailures(1), waitDurationInOpen: .seconds(10)),
            clock: breakerClock)
        let pipeline = try ResiliencePipelineBuilder(clock: pipelineClock)
            .circuitBreaker(breaker)
            .rateLimiter(permitsPerSecond: 1_000, burst: 100)
            .build()
        await #expect(throws: TestFailure.self) { try await pipeline.execute { () async throws -> Int in throw TestFailure() } }
        pipelineClock.advance(by: .seconds(60))  // not the breaker's time: still open
        await #expect(throws: ResilienceError.circuitOpen) { try await pipeline.execute { 1 } }
        breakerClock.advance(by: .seconds(10))
        #expect(try await pipeline.execute { 1 } == 1)  // half-open probe admitted
    }
}
