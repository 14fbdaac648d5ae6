import Testing
@testable import IntegrationKit

@Suite struct RetryTests {
    let clock = ManualResilienceClock(autoAdvance: true)

    func retry(_ configuration: RetryConfiguration) throws -> Retry {
        try Retry(configuration, clock: clock)
    }

    @Test func retriesUntilSuccessSleepingTheBackoff() async throws {
        let attempts = AttemptCounter()
        let value = try await try retry(RetryConfiguration(maxAttempts: 4, jitter: .none)).execute {
            if attempts.next() < 3 { throw TestFailure() }
            return "ok"
        }
        #expect(value == "ok")
        #expect(attempts.value == 3)
        #expect(clock.sleeps == [.milliseconds(100), .milliseconds(200)])
    }

    @Test func throwsLastErrorWhenAttemptsRunOut() async throws {
        let attempts = AttemptCounter()
        await #expect(throws: TestFailure(code: 3)) {
            try await try retry(RetryConfiguration(maxAttempts: 3, jitter: .none)).execute {
                throw TestFailure(code: attempts.next())
            }
        }
        #expect(attempts.value == 3)
    }

    @Test func doesNotRetryErrorsThePredicateRejects() async throws {
        let attempts = AttemptCounter()
        let configuration = RetryConfiguration(shouldRetry: { ($0 as? TestFailure)?.code == 503 })
        await #expect(throws: TestFailure(code: 400)) {
            try await retry(configuration).execute {
                attempts.next()
                throw TestFailure(code: 400)
            }
        }
        #expect(attempts.value == 1)
    }

    @Test func doesNotRetryIntoAnOpenCircuitByDefault() async throws {
        let attempts = AttemptCounter()
        await #expect(throws: ResilienceError.circuitOpen) {
            try await try retry(RetryConfiguration()).execute {
                attempts.next()
                throw ResilienceError.circuitOpen
            }
        }
        #expect(attempts.value == 1)
    }

    @Test func retriesOnResultAndHonoursRetryAfter() async throws {
        let attempts = AttemptCounter()
        let value = try await try retry(RetryConfiguration(maxAttempts: 3, jitter: .none)).execute({
            attempts.next() < 3 ? 503 : 200
        }, shouldRetryResult: { status in
            status == 503 ? .retryAfter(.seconds(2)) : .accept
        })
        #expect(value == 200)
        #expect(clock.sleeps == [.seconds(2), .seconds(2)])
    }

    @Test func returnsLastResultWhenResultRetriesRunOut() async throws {
        let value = try await try retry(RetryConfiguration(maxAttempts: 2, jitter: .none)).execute({ 503 },
            shouldRetryResult: { $0 == 503 ? .retry : .accept })
        #expect(value == 503)
        #expect(clock.sleeps == [.milliseconds(100)])
    }

    @Test func retryAfterBeyondTheCapStopsRetrying() async throws {
        let attempts = AttemptCounter()
        let configuration = RetryConfiguration(retryAfter: { _ in .seconds(120) }, maxRetryAfter: .seconds(30))
        await #expect(throws: TestFailure.self) {
            try await retry(configuration).execute {
                attempts.next()
                throw TestFailure(code: 429)
            }
        }
        #expect(attempts.value == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func retryAfterFromErrorReplacesBackoff() async throws {
        let attempts = AttemptCounter()
        let configuration = RetryConfiguration(retryAfter: { _ in .seconds(3) })
        _ = try await retry(configuration).execute {
            if attempts.next() == 1 { throw TestFailure(code: 429) }
        }
        #expect(clock.sleeps == [.seconds(3)])
    }

    @Test func budgetStopsRetriesWhenDependencyFailsBroadly() async throws {
        // gRPC A6: 10 tokens, retry only while more than 5 remain; each failed attempt costs 1.
        let budget = RetryBudget(maxTokens: 10, tokenRatio: 0.1)
        let configuration = RetryConfiguration(maxAttempts: 5, jitter: .none, budget: budget)
        let attempts = AttemptCounter()
        for _ in 0..<3 {
            _ = try? await retry(configuration).execute {
                attempts.next()
                throw TestFailure()
            }
        }
        // First call: 5 attempts (tokens 10 -> 6 allow retries, 5th failure takes it to 5).
        // Later calls: first failure takes tokens to 4 or less: no retry.
        #expect(attempts.value == 5 + 1 + 1)
        #expect(!budget.allowsRetry)
        for _ in 0..<30 { budget.recordSuccess() }  // 3 tokens + 30 * 0.1 = 6 > 5
        #expect(budget.allowsRetry)
    }

    @Test func doesNotRetryAfterCancellation() async throws {
        let attempts = AttemptCounter()
        let realClockRetry = try Retry(RetryConfiguration(maxAttempts: 100, backoff: .constant(.seconds(3600)), jitter: .none),
                                   clock: ManualResilienceClock())
        let task = Task {
            try await realClockRetry.execute {
                attempts.next()
                throw TestFailure()
            }
        }
        while attempts.value < 1 { await Task.yield() }
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(attempts.value == 1)
    }

    @Test func cancellationErrorIsNeverRetried() async throws {
        let attempts = AttemptCounter()
        await #expect(throws: CancellationError.self) {
            try await try retry(RetryConfiguration(shouldRetry: { _ in true })).execute {
                attempts.next()
                throw CancellationError()
            }
        }
        #expect(attempts.value == 1)
    }
}
