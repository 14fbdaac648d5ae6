import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization
import Testing
import IntegrationKit
import IntegrationKitHTTP

/// The IntegrationKit 2 snippets of docs/IntegrationKit.md, as written there (only the clock is
/// injected), so the guide keeps compiling and saying true things.
@Suite struct GuideSnippetTests {
    let clock = ManualResilienceClock(autoAdvance: true)

    @Test func resultsAsFailures() async throws {
        // guide: results as failures
        let breaker = try CircuitBreaker(
            name: "billing",
            configuration: .consecutiveFailures(5, classifier: .results(Int.self) { $0 >= 500 ? .failure : .success }),
            clock: clock)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock)
            .retry(RetryConfiguration(maxAttempts: 2, classifier: .results(Int.self) { $0 >= 500 ? .failure : .success }))
            .circuitBreaker(breaker)
            .build()
        let status = try await pipeline.execute { 503 }  // retried once, returned; two failures recorded
        // end
        #expect(status == 503)
        #expect(breaker.windowCounts.failures == 2)
    }

    @Test func validation() {
        // guide: validation
        do {
            _ = try CircuitBreaker(configuration: CircuitBreakerConfiguration(failureRateThreshold: 150))
        } catch {
            print(error)  // CircuitBreakerConfiguration.failureRateThreshold must be in 0...100 and above 0 (got 150.0)
            // end
            #expect(error.description == "CircuitBreakerConfiguration.failureRateThreshold must be in 0...100 and above 0 (got 150.0)")
            return
        }
        Issue.record("not rejected")
    }

    @Test func orderAndCustomStage() async throws {
        // guide: order and custom stages
        struct RequireFlag: ResilienceStage {
            let enabled: @Sendable () -> Bool
            func execute<T: Sendable>(_ next: @Sendable () async throws -> T, context: ResilienceContext) async throws -> T {
                guard enabled() else { throw CancellationError() }
                context.addEvent("flag_checked")
                return try await next()
            }
        }
        let pipeline = try ResiliencePipelineBuilder(name: "partner", clock: clock)
            .rateLimiter(permitsPerSecond: 50, burst: 10)         // outermost: one token per call, not per retry
            .fallback(Fallback<String> { _ in "cached" })          // a stage like the others
            .retry(RetryConfiguration(maxAttempts: 3))
            .stage(RequireFlag(enabled: { true }))
            .circuitBreaker(.consecutiveFailures(5))
            .build()
        print(pipeline.stageNames)  // ["rate limiter", "fallback", "retry", "RequireFlag", "circuit breaker"]
        let value = try await pipeline.execute { () -> String in throw URLError(.timedOut) }  // "cached"
        // end
        #expect(pipeline.stageNames == ["rate limiter", "fallback", "retry", "RequireFlag", "circuit breaker"])
        #expect(value == "cached")
    }

    @Test func hooks() async throws {
        let log = Mutex<[String]>([])
        @Sendable func print(_ line: String) { log.withLock { $0.append(line) } }
        // guide: hooks
        let hooks = ResilienceHooks(
            onRetry: { event in print("retry after attempt \(event.attempt), waiting \(event.delay)") },
            onTimeout: { event in print("\(event.name) timed out after \(event.duration)") },
            onBreakerStateChange: { change in print("breaker \(change.from.rawValue) -> \(change.to.rawValue)") },
            onRejected: { error in print("rejected: \(error.shortDescription)") })
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock, hooks: hooks)
            .retry(RetryConfiguration(maxAttempts: 3, backoff: .constant(.milliseconds(100)), jitter: .none))
            .circuitBreaker(.consecutiveFailures(2))
            .build()
        _ = try? await pipeline.execute { () -> Int in throw URLError(.cannotConnectToHost) }
        // retry after attempt 1, waiting 0.1 seconds / retry after attempt 2, waiting 0.1 seconds
        // breaker closed -> open / rejected: circuit_open
        // end
        #expect(log.withLock { $0 } == [
            "retry after attempt 1, waiting 0.1 seconds", "breaker closed -> open", "retry after attempt 2, waiting 0.1 seconds",
            "rejected: circuit_open",
        ])
    }

    @Test func hedgingAndFaultInjection() async throws {
        // guide: hedging and fault injection
        let chaos = try FaultInjection(.latency(.seconds(2)), rate: 0.1, enabled: false, clock: clock)
        let search = try ResiliencePipelineBuilder(name: "search", clock: clock)
            .hedging(HedgingConfiguration(maxHedgedAttempts: 1, delay: .milliseconds(150)))
            .faultInjection(chaos)
            .build()
        chaos.enable()          // game day: one call in ten is two seconds slower
        try chaos.setRate(1)    // ... or every call
        let hits = try await search.execute { ["result"] }
        chaos.disable()
        // end
        #expect(hits == ["result"])
    }
}
