import Testing
@testable import IntegrationKit

@Suite struct FaultInjectionTests {
    @Test func injectsAnErrorAtTheRateAndCanBeSwitchedAtRunTime() async throws {
        let faults = try FaultInjection(.error(TestFailure(code: 503)), rate: 0.5, random: sequenceRandom([0.1, 0.9, 0.4, 0.6]))
        var outcomes: [Bool] = []
        for _ in 0..<4 { outcomes.append((try? await faults.execute { 1 }) == nil) }
        #expect(outcomes == [true, false, true, false])
        faults.disable()
        #expect(try await faults.execute { 1 } == 1)
        faults.enable()
        try faults.setRate(0)
        #expect(try await faults.execute { 1 } == 1)
        #expect(throws: ConfigurationError.self) { try faults.setRate(1.5) }
    }

    @Test func injectsLatencyOnTheClockAndAResultOfTheRightType() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let slow = try FaultInjection(.latency(.milliseconds(750)), rate: 1, clock: clock)
        #expect(try await slow.execute { 1 } == 1)
        #expect(clock.sleeps == [.milliseconds(750)])
        let canned = try FaultInjection(.result(503), rate: 1)
        #expect(try await canned.execute { 200 } == 503)
        #expect(try await canned.execute { "other type" } == "other type")
    }

    @Test func injectedFaultsExerciseThePipelinesBreakerAndFallback() async throws {
        let clock = ManualResilienceClock()
        let faults = try FaultInjection(.error(TestFailure(code: 500)), rate: 1, enabled: false)
        let breaker = try CircuitBreaker(configuration: .consecutiveFailures(3), clock: clock)
        let pipeline = try ResiliencePipelineBuilder(clock: clock)
            .fallback(Fallback<String> { _ in "degraded" })
            .circuitBreaker(breaker)
            .faultInjection(faults)
            .build()
        #expect(try await pipeline.execute { "live" } == "live")
        faults.enable()  // the rehearsal starts
        for _ in 0..<5 { #expect(try await pipeline.execute { "live" } == "degraded") }
        #expect(breaker.state == .open)
    }
}
