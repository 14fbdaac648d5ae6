import Testing
@testable import IntegrationKit

/// Results, not only errors, can be failures for every strategy that acts on outcomes.
@Suite struct OutcomeClassificationTests {
    static let serverErrors = OutcomeClassifier.results(Int.self) { $0 >= 500 ? .failure : .success }

    @Test func twentyCallsReturning503OpenTheBreaker() async throws {
        // Issue 16: retried on result as the guide suggests, they used to leave the breaker closed with 0 failures.
        let clock = ManualResilienceClock(autoAdvance: true)
        let breaker = try CircuitBreaker(
            configuration: CircuitBreakerConfiguration(
                mode: .rate(.count(20)), minimumNumberOfCalls: 10, classifier: Self.serverErrors),
            clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .retry(RetryConfiguration(maxAttempts: 2, jitter: .none))
            .circuitBreaker(breaker)
            .build()
        var statuses: [Int] = []
        for _ in 0..<20 {
            do { statuses.append(try await pipeline.execute({ 503 }, shouldRetryResult: { $0 == 503 ? .retry : .accept })) } catch {}
        }
        #expect(breaker.state == .open)
        #expect(breaker.windowCounts.failures == 10)  // 5 calls of 2 attempts opened it ...
        #expect(statuses == Array(repeating: 503, count: 5))  // ... and the other 15 were rejected
    }

    @Test func ignoredResultsAreNotRecorded() throws {
        let breaker = try CircuitBreaker(
            configuration: CircuitBreakerConfiguration(
                mode: .consecutiveFailures(2), classifier: .results(Int.self) { $0 == 0 ? .ignored : .success }),
            clock: ManualResilienceClock())
        for _ in 0..<5 {
            let permit = try #require(breaker.tryAcquirePermission())
            breaker.onResult(permit, 0)
        }
        #expect(breaker.windowCounts.calls == 0)
    }

    @Test func retryRetriesFailedResultsAndReturnsTheLast() async throws {
        let retry = try Retry(
            RetryConfiguration(maxAttempts: 3, jitter: .none, classifier: Self.serverErrors), clock: ManualResilienceClock(autoAdvance: true))
        let attempts = AttemptCounter()
        #expect(try await retry.execute { attempts.next() < 3 ? 503 : 200 } == 200)
        #expect(try await retry.execute { 500 } == 500)
        #expect(attempts.value == 3)
    }

    @Test func fallbackReplacesFailedResults() async throws {
        let fallback = Fallback<Int>(classifier: Self.serverErrors) { error in
            #expect(((error as? FailedResult)?.value as? Int) == 503)
            return 0
        }
        #expect(try await fallback.execute { 503 } == 0)
        #expect(try await fallback.execute { 200 } == 200)
    }

    @Test func valuesOfAnotherTypeAreSuccesses() {
        #expect(Self.serverErrors.classify(result: "503") == .success)
        #expect(Self.serverErrors.classify(result: 503) == .failure)
        #expect(OutcomeClassifier.default.classify(error: CancellationError()) == .ignored)
        #expect(OutcomeClassifier.default.classify(error: TestFailure()) == .failure)
    }
}
