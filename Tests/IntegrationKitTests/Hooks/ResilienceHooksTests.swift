import Synchronization
import Testing
@testable import IntegrationKit

/// Hooks and the metrics added in IntegrationKit 2 (attempt durations, failure-rate gauge).
@Suite struct ResilienceHooksTests {
    final class Events: Sendable {
        let retries = Mutex<[(attempt: Int, delay: Duration, code: Int?)]>([])
        let rejections = Mutex<[String]>([])
        let transitions = Mutex<[CircuitBreakerState]>([])

        var hooks: ResilienceHooks {
            ResilienceHooks(
                onRetry: { event in self.retries.withLock { $0.append((event.attempt, event.delay, (event.error as? TestFailure)?.code)) } },
                onBreakerStateChange: { transition in self.transitions.withLock { $0.append(transition.to) } },
                onRejected: { error in self.rejections.withLock { $0.append(error.shortDescription + ":" + (error.strategyName ?? "")) } })
        }
    }

    @Test func retryRejectionAndStateChangeHooksSeeEveryEvent() async throws {
        let events = Events()
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock, hooks: events.hooks)
            .retry(RetryConfiguration(maxAttempts: 4, backoff: .constant(.milliseconds(100)), jitter: .none))
            .circuitBreaker(.consecutiveFailures(2))
            .build()
        await #expect(throws: ResilienceError.circuitOpen) { try await pipeline.execute { () -> Int in throw TestFailure(code: 502) } }
        let retries = events.retries.withLock { $0 }
        #expect(retries.map(\.attempt) == [1, 2])
        #expect(retries.map(\.delay) == [.milliseconds(100), .milliseconds(100)])
        #expect(retries.map(\.code) == [502, 502])
        #expect(events.transitions.withLock { $0 } == [.open])
        #expect(events.rejections.withLock { $0 } == ["circuit_open:billing"])
    }

    @Test func bulkheadAndRateLimiterRejectionsReachTheHook() async throws {
        let events = Events()
        let clock = ManualResilienceClock()
        let bulkhead = try Bulkhead(name: "db", configuration: BulkheadConfiguration(maxConcurrentCalls: 1), clock: clock, hooks: events.hooks)
        #expect(bulkhead.tryAcquire())
        #expect(!bulkhead.tryAcquire())
        let limiter = try RateLimiter(name: "api", permitsPerSecond: 1, clock: clock, hooks: events.hooks)
        #expect(limiter.tryAcquire())
        await #expect(throws: ResilienceError.rateLimited) { try await limiter.acquire() }
        #expect(events.rejections.withLock { $0 } == ["bulkhead_full:db", "rate_limited:api"])
    }

    @Test func attemptDurationsAndTheFailureRateGaugeAreRecorded() async throws {
        let factory = RecordingMetricsFactory()
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock, metrics: ResilienceMetrics(name: "billing", factory: factory))
            .retry(RetryConfiguration(maxAttempts: 3, jitter: .none))
            .circuitBreaker(CircuitBreakerConfiguration(mode: .rate(.count(10)), minimumNumberOfCalls: 10))
            .build()
        let attempts = AttemptCounter()
        _ = try await pipeline.execute {
            try await clock.sleep(for: .milliseconds(40))
            if attempts.next() < 3 { throw TestFailure() }
            return 1
        }
        let failed = factory.value("integrationkit_attempt_duration_seconds", [("name", "billing"), ("outcome", "failure")])
        let succeeded = factory.value("integrationkit_attempt_duration_seconds", [("name", "billing"), ("outcome", "success")])
        #expect(failed?.count == 2)
        #expect(succeeded?.count == 1)
        #expect(succeeded?.last == 40_000_000)
        let gauge = factory.value("integrationkit_circuit_breaker_failure_rate", [("name", "billing")])
        #expect(gauge?.last.map { ($0 * 10).rounded() / 10 } == 66.7)  // 2 failures in 3 calls
    }
}
