import Synchronization
import Testing
@testable import IntegrationKit

/// Strategies run outer to inner in the order given; the standard order is a preset.
@Suite struct PipelineOrderTests {
    @Test func aRateLimiterOutsideTheRetrySpendsOneTokenPerCall() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let limiter = try RateLimiter(permitsPerSecond: 0.001, burst: 1, clock: clock)
        let outer = try ResiliencePipelineBuilder(clock: clock)
            .rateLimiter(limiter)
            .retry(RetryConfiguration(maxAttempts: 3, backoff: .constant(.milliseconds(1)), jitter: .none))
            .build()
        let attempts = AttemptCounter()
        await #expect(throws: TestFailure.self) {
            try await outer.execute { () -> Int in
                attempts.next()
                throw TestFailure()
            }
        }
        #expect(attempts.value == 3)  // every retry ran on the one token

        let innerLimiter = try RateLimiter(permitsPerSecond: 0.001, burst: 1, clock: clock)
        let inner = try ResiliencePipelineBuilder(clock: clock)
            .retry(RetryConfiguration(maxAttempts: 3, backoff: .constant(.milliseconds(1)), jitter: .none))
            .rateLimiter(innerLimiter)
            .build()
        await #expect(throws: ResilienceError.rateLimited) {
            try await inner.execute { () -> Int in throw TestFailure() }
        }
    }

    @Test func stagesRunInTheOrderGivenAndTheStandardPresetReorders() throws {
        let clock = ManualResilienceClock()
        let builder = ResiliencePipelineBuilder(clock: clock)
            .bulkhead(BulkheadConfiguration())
            .circuitBreaker(.consecutiveFailures(3))
            .retry()
            .timeout(.seconds(1))
            .fallback(Fallback<Int> { _ in 0 })
        #expect(try builder.build().stageNames == ["bulkhead", "circuit breaker", "retry", "timeout(child task)", "fallback"])
        #expect(try builder.standardOrder().build().stageNames
            == ["fallback", "timeout(child task)", "retry", "circuit breaker", "bulkhead"])
        let plain = try ResiliencePipelineBuilder(clock: clock).timeout(.seconds(1)).retry().attemptTimeout(.seconds(1)).build()
        #expect(plain.stageNames == ["timeout", "retry", "timeout(child task)"])
        #expect(plain.timeout != nil && plain.attemptTimeout != nil && plain.retry != nil)
    }

    @Test func aCustomStageRunsWhereItWasAddedAndSeesTheContext() async throws {
        let log = SharedLog()
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: ManualResilienceClock(autoAdvance: true))
            .stage(log.stage("outer"))
            .retry(RetryConfiguration(maxAttempts: 2, jitter: .none))
            .stage(log.stage("inner"))
            .build()
        let attempts = AttemptCounter()
        let value = try await pipeline.execute({ attempts.next() }, shouldRetryResult: { $0 == 1 ? .retry : .accept })
        #expect(value == 2)
        #expect(log.entries == ["outer in billing", "inner in billing", "inner in billing"])
        #expect(pipeline.stageNames == ["LoggingStage", "retry", "LoggingStage"])
    }

    @Test func fallbackIsAStageForItsValueTypeOnly() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(clock: clock)
        breaker.forceOpen()
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .fallback(Fallback<String>(handles: { $0 is ResilienceError }) { _ in "cached" })
            .circuitBreaker(breaker)
            .build()
        #expect(try await pipeline.execute { "live" } == "cached")
        await #expect(throws: ResilienceError.circuitOpen) { try await pipeline.execute { 42 } }
    }
}

/// A log that custom test stages append to.
final class SharedLog: Sendable {
    private let log = Mutex<[String]>([])

    var entries: [String] { log.withLock { $0 } }

    func stage(_ label: String) -> LoggingStage { LoggingStage(label: label, log: self) }
    func append(_ entry: String) { log.withLock { $0.append(entry) } }
}

/// Appends "<label> in <pipeline>" each time it runs.
struct LoggingStage: ResilienceStage {
    let label: String
    let log: SharedLog

    func execute<T: Sendable>(_ next: @Sendable () async throws -> T, context: ResilienceContext) async throws -> T {
        log.append("\(label) in \(context.pipelineName)")
        return try await next()
    }
}
