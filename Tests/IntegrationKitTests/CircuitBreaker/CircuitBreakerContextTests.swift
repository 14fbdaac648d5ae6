import Testing
@testable import IntegrationKit

/// Automatic half-open, rejection context, and the last error kept through a retry.
@Suite struct CircuitBreakerContextTests {
    @Test func opensThenMovesToHalfOpenOnItsOwnWithTheGauge() async throws {
        let clock = ManualResilienceClock()
        let factory = RecordingMetricsFactory()
        let breaker = try CircuitBreaker(
            name: "billing",
            configuration: .consecutiveFailures(1, waitDurationInOpen: .seconds(30), automaticTransitionToHalfOpen: true),
            clock: clock, metrics: ResilienceMetrics(name: "billing", factory: factory))
        let permit = try #require(breaker.tryAcquirePermission())
        breaker.onError(permit, TestFailure())
        #expect(breaker.state == .open)
        await clock.waitForSleepers(1)
        clock.advance(by: .seconds(30))
        for _ in 0..<1_000 where breaker.state != .halfOpen { await Task.yield() }
        #expect(breaker.state == .halfOpen)  // no call needed
        #expect(factory.value("integrationkit_circuit_breaker_state", [("name", "billing")])?.last == 2)
    }

    @Test func withoutAutomaticTransitionItStaysOpenUntilACall() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(configuration: .consecutiveFailures(1, waitDurationInOpen: .seconds(30)), clock: clock)
        breaker.onError(try #require(breaker.tryAcquirePermission()), TestFailure())
        clock.advance(by: .seconds(60))
        #expect(breaker.state == .open)
        #expect(clock.sleeperCount == 0)
        #expect(breaker.tryAcquirePermission() != nil)
        #expect(breaker.state == .halfOpen)
    }

    @Test func aRejectionNamesTheBreakerItsStateAndTheRemainingOpenTime() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(name: "billing", configuration: .consecutiveFailures(1, waitDurationInOpen: .seconds(30)), clock: clock)
        breaker.onError(try #require(breaker.tryAcquirePermission()), TestFailure())
        clock.advance(by: .seconds(10))
        do {
            _ = try await breaker.execute { 1 }
            Issue.record("expected a rejection")
        } catch let error as ResilienceError {
            #expect(error == .circuitOpen)
            #expect(error.strategyName == "billing")
            #expect(error.circuitBreakerState == .open)
            #expect(error.remainingOpenDuration == .seconds(20))
            #expect(error.description.contains("billing") && error.description.contains("20.0 seconds"))
        }
    }

    @Test func aRetryEndingInARejectionKeepsTheDependencysLastError() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock)
            .retry(RetryConfiguration(maxAttempts: 5, jitter: .none))
            .circuitBreaker(.consecutiveFailures(2))
            .build()
        do {
            _ = try await pipeline.execute { () -> Int in throw TestFailure(code: 503) }
            Issue.record("expected a rejection")
        } catch let error as ResilienceError {
            #expect(error == .circuitOpen)
            #expect(error.underlyingError as? TestFailure == TestFailure(code: 503))
        }
    }
}
