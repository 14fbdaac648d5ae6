import Synchronization
import Testing
@testable import IntegrationKit

@Suite struct HedgingTests {
    @Test func aSlowAttemptIsHedgedAfterTheDelayAndTheFirstSuccessWins() async throws {
        let clock = ManualResilienceClock()
        let hedging = try Hedging(HedgingConfiguration(maxHedgedAttempts: 1, delay: .milliseconds(100)), clock: clock)
        let attempts = AttemptCounter()
        let cancelled = AttemptCounter()
        let call = Task {
            try await hedging.execute { () -> String in
                if attempts.next() == 1 {
                    do { try await clock.sleep(for: .seconds(60)) } catch {
                        cancelled.next()
                        throw error
                    }
                    return "slow"
                }
                return "hedge"
            }
        }
        await clock.waitForSleepers(2)  // the first attempt + the hedge delay
        clock.advance(by: .milliseconds(100))
        #expect(try await call.value == "hedge")
        #expect(attempts.value == 2)
        #expect(cancelled.value == 1)  // the loser was cancelled (and awaited)
    }

    @Test func withoutADelayAFailureLaunchesTheNextAttemptAtOnce() async throws {
        let hedging = try Hedging(HedgingConfiguration(maxHedgedAttempts: 2, delay: nil), clock: ManualResilienceClock())
        let attempts = AttemptCounter()
        let value = try await hedging.execute { () -> Int in
            let attempt = attempts.next()
            if attempt < 3 { throw TestFailure(code: attempt) }
            return attempt
        }
        #expect(value == 3)
    }

    @Test func hedgingIsBoundedAndReturnsTheLastFailure() async throws {
        let hedging = try Hedging(HedgingConfiguration(maxHedgedAttempts: 2, delay: nil), clock: ManualResilienceClock())
        let attempts = AttemptCounter()
        await #expect(throws: TestFailure.self) {
            try await hedging.execute { () -> Int in throw TestFailure(code: attempts.next()) }
        }
        #expect(attempts.value == 3)
    }

    @Test func aResultClassifiedAsAFailureLaunchesAHedge() async throws {
        let hedging = try Hedging(
            HedgingConfiguration(maxHedgedAttempts: 1, delay: nil, classifier: .results(Int.self) { $0 >= 500 ? .failure : .success }),
            clock: ManualResilienceClock())
        let attempts = AttemptCounter()
        #expect(try await hedging.execute { attempts.next() == 1 ? 503 : 200 } == 200)
    }

    @Test func aPipelineHedgesItsInnerStages() async throws {
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(configuration: CircuitBreakerConfiguration(mode: .rate(.count(10)), minimumNumberOfCalls: 10), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .hedging(HedgingConfiguration(maxHedgedAttempts: 1, delay: nil))
            .circuitBreaker(breaker)
            .build()
        let attempts = AttemptCounter()
        #expect(try await pipeline.execute { () -> Int in
            if attempts.next() == 1 { throw TestFailure() }
            return 7
        } == 7)
        #expect(breaker.windowCounts.calls == 2)  // each hedged attempt went through the breaker
        #expect(breaker.windowCounts.failures == 1)
    }
}
