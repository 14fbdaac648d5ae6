import Testing
@testable import IntegrationKit

/// Scenarios from Resilience4j's documented circuit-breaker behaviour, driven by a manual clock.
@Suite struct CircuitBreakerScenarioTests {
    let clock = ManualResilienceClock()

    func makeBreaker(_ configuration: CircuitBreakerConfiguration) throws -> CircuitBreaker {
        try CircuitBreaker(name: "test", configuration: configuration, clock: clock)
    }

    /// Runs one call that takes `duration` on the manual clock; returns false when rejected.
    @discardableResult
    func call(_ breaker: CircuitBreaker, fails: Bool, taking duration: Duration = .zero, error: any Error = TestFailure()) -> Bool {
        guard let permit = breaker.tryAcquirePermission() else { return false }
        clock.advance(by: duration)
        if fails { breaker.onError(permit, error) } else { breaker.onSuccess(permit) }
        return true
    }

    func rateConfiguration(window: Int = 5, minimumCalls: Int = 5) -> CircuitBreakerConfiguration {
        CircuitBreakerConfiguration(
            mode: .rate(.count(window)), failureRateThreshold: 50, minimumNumberOfCalls: minimumCalls,
            waitDurationInOpen: .seconds(10), permittedCallsInHalfOpen: 3, maxWaitInHalfOpen: nil)
    }

    @Test func staysClosedUntilMinimumNumberOfCallsIsReached() throws {
        let breaker = try makeBreaker(rateConfiguration(window: 10, minimumCalls: 5))
        for _ in 0..<4 { call(breaker, fails: true) }
        #expect(breaker.state == .closed)
        call(breaker, fails: true)
        #expect(breaker.state == .open)
    }

    @Test func opensWhenFailureRateReachesThresholdInclusive() throws {
        let breaker = try makeBreaker(rateConfiguration(window: 4, minimumCalls: 4))
        call(breaker, fails: false)
        call(breaker, fails: true)
        call(breaker, fails: false)
        #expect(breaker.state == .closed)
        call(breaker, fails: true)  // 2 of 4 = 50 % >= 50 %
        #expect(breaker.state == .open)
    }

    @Test func minimumCallsIsCappedAtCountWindowSize() throws {
        let breaker = try makeBreaker(rateConfiguration(window: 3, minimumCalls: 100))
        for _ in 0..<3 { call(breaker, fails: true) }
        #expect(breaker.state == .open)
    }

    @Test func countWindowEvictsOldestOutcome() throws {
        var configuration = rateConfiguration(window: 4, minimumCalls: 4)
        configuration.failureRateThreshold = 75
        let breaker = try makeBreaker(configuration)
        for fails in [true, true, false, false, false] { call(breaker, fails: fails) }
        #expect(breaker.windowCounts.calls == 4)
        #expect(breaker.windowCounts.failures == 1)
        call(breaker, fails: true)
        call(breaker, fails: true)
        #expect(breaker.state == .closed)  // window S S F F: 50 % < 75 %
        call(breaker, fails: true)  // S F F F = 75 %
        #expect(breaker.state == .open)
    }

    @Test func openRejectsUntilWaitElapsesThenHalfOpenAdmitsPermittedCalls() throws {
        let breaker = try makeBreaker(rateConfiguration())
        for _ in 0..<5 { call(breaker, fails: true) }
        #expect(breaker.state == .open)
        #expect(breaker.tryAcquirePermission() == nil)
        clock.advance(by: .seconds(9))
        #expect(breaker.tryAcquirePermission() == nil)
        clock.advance(by: .seconds(1))
        let permits = (0..<4).map { _ in breaker.tryAcquirePermission() }
        #expect(breaker.state == .halfOpen)
        #expect(permits.compactMap { $0 }.count == 3)
    }

    @Test func halfOpenClosesWhenProbesMostlySucceed() throws {
        let breaker = try makeBreaker(rateConfiguration())
        for _ in 0..<5 { call(breaker, fails: true) }
        clock.advance(by: .seconds(10))
        call(breaker, fails: false)
        call(breaker, fails: true)
        #expect(breaker.state == .halfOpen)
        call(breaker, fails: false)  // 1 of 3 failed = 33 %
        #expect(breaker.state == .closed)
        #expect(breaker.windowCounts.calls == 0)
    }

    @Test func halfOpenReopensWhenProbesFail() throws {
        let breaker = try makeBreaker(rateConfiguration())
        for _ in 0..<5 { call(breaker, fails: true) }
        clock.advance(by: .seconds(10))
        call(breaker, fails: true)
        call(breaker, fails: true)
        call(breaker, fails: false)
        #expect(breaker.state == .open)
        #expect(breaker.tryAcquirePermission() == nil)
    }

    @Test func slowCallsOpenTheBreakerEvenWhenTheySucceed() throws {
        var configuration = rateConfiguration(window: 4, minimumCalls: 4)
        configuration.slowCallDuration = .seconds(1)
        configuration.slowCallRateThreshold = 50
        let breaker = try makeBreaker(configuration)
        call(breaker, fails: false, taking: .seconds(2))
        call(breaker, fails: false, taking: .milliseconds(10))
        call(breaker, fails: false, taking: .seconds(1))  // exactly the limit is not slow
        #expect(breaker.state == .closed)
        call(breaker, fails: false, taking: .seconds(3))
        #expect(breaker.windowCounts.slowCalls == 2)
        #expect(breaker.state == .open)
    }

    @Test func ignoredErrorsCountAsNeitherSuccessNorFailure() throws {
        var configuration = rateConfiguration(window: 2, minimumCalls: 2)
        configuration.classifier = OutcomeClassifier(error: { ($0 as? TestFailure)?.code == 404 ? .ignored : .failure })
        let breaker = try makeBreaker(configuration)
        for _ in 0..<10 { call(breaker, fails: true, error: TestFailure(code: 404)) }
        #expect(breaker.windowCounts.calls == 0)
        #expect(breaker.state == .closed)
    }

    @Test func errorsNotRecordedAsFailuresCountAsSuccesses() throws {
        var configuration = rateConfiguration(window: 2, minimumCalls: 2)
        configuration.classifier = OutcomeClassifier(error: { ($0 as? TestFailure)?.code != 400 ? .failure : .success })
        let breaker = try makeBreaker(configuration)
        call(breaker, fails: true, error: TestFailure(code: 400))
        call(breaker, fails: true, error: TestFailure(code: 400))
        #expect(breaker.windowCounts.calls == 2)
        #expect(breaker.windowCounts.failures == 0)
        #expect(breaker.state == .closed)
    }

    @Test func maxWaitInHalfOpenReopensWhenProbesNeverReport() throws {
        var configuration = rateConfiguration()
        configuration.maxWaitInHalfOpen = .seconds(5)
        let breaker = try makeBreaker(configuration)
        for _ in 0..<5 { call(breaker, fails: true) }
        clock.advance(by: .seconds(10))
        let abandoned = (0..<3).compactMap { _ in breaker.tryAcquirePermission() }
        #expect(abandoned.count == 3)
        #expect(breaker.tryAcquirePermission() == nil)
        clock.advance(by: .seconds(5))
        #expect(breaker.tryAcquirePermission() == nil)
        #expect(breaker.state == .open)
        clock.advance(by: .seconds(10))
        #expect(breaker.tryAcquirePermission() != nil)
        #expect(breaker.state == .halfOpen)
    }

    @Test func ignoredOutcomeGivesHalfOpenPermitBack() throws {
        let breaker = try makeBreaker(rateConfiguration())
        for _ in 0..<5 { call(breaker, fails: true) }
        clock.advance(by: .seconds(10))
        let permits = (0..<3).compactMap { _ in breaker.tryAcquirePermission() }
        #expect(breaker.tryAcquirePermission() == nil)
        breaker.onError(permits[0], CancellationError())
        #expect(breaker.tryAcquirePermission() != nil)
    }

    @Test func outcomesFromAnEarlierStateAreDropped() throws {
        let breaker = try makeBreaker(rateConfiguration(window: 2, minimumCalls: 2))
        let longCall = breaker.tryAcquirePermission()
        call(breaker, fails: true)
        call(breaker, fails: true)
        #expect(breaker.state == .open)
        clock.advance(by: .seconds(10))
        let probe = breaker.tryAcquirePermission()
        #expect(breaker.state == .halfOpen)
        if let longCall { breaker.onSuccess(longCall) }
        if let probe { breaker.onError(probe, TestFailure()) }
        #expect(breaker.state == .halfOpen)  // 1 of 3 probes recorded; the stale success was dropped
    }

    @Test func timeWindowForgetsCallsOlderThanItsSeconds() throws {
        let configuration = CircuitBreakerConfiguration(
            mode: .rate(.time(seconds: 10)), minimumNumberOfCalls: 4, waitDurationInOpen: .seconds(10))
        let breaker = try makeBreaker(configuration)
        for _ in 0..<3 { call(breaker, fails: true) }
        clock.advance(by: .seconds(5))
        call(breaker, fails: false)
        #expect(breaker.windowCounts.calls == 4)
        #expect(breaker.state == .open)  // 3 of 4 failed

        let second = try makeBreaker(configuration)
        for _ in 0..<3 { call(second, fails: true) }
        clock.advance(by: .seconds(11))
        call(second, fails: true)
        #expect(second.windowCounts.calls == 1)
        #expect(second.state == .closed)
    }

    @Test func consecutiveFailuresModeResetsOnSuccess() throws {
        let breaker = try makeBreaker(.consecutiveFailures(3, waitDurationInOpen: .seconds(5), permittedCallsInHalfOpen: 2))
        call(breaker, fails: true)
        call(breaker, fails: true)
        call(breaker, fails: false)
        call(breaker, fails: true)
        call(breaker, fails: true)
        #expect(breaker.state == .closed)
        call(breaker, fails: true)
        #expect(breaker.state == .open)
        clock.advance(by: .seconds(5))
        call(breaker, fails: false)
        #expect(breaker.state == .halfOpen)
        call(breaker, fails: false)
        #expect(breaker.state == .closed)
    }

    @Test func forcedOpenAndDisabledIgnoreOutcomes() throws {
        let breaker = try makeBreaker(rateConfiguration(window: 2, minimumCalls: 2))
        breaker.forceOpen()
        clock.advance(by: .seconds(3600))
        #expect(breaker.tryAcquirePermission() == nil)
        breaker.disable()
        for _ in 0..<10 { #expect(call(breaker, fails: true)) }
        #expect(breaker.state == .disabled)
        breaker.reset()
        #expect(breaker.state == .closed)
        #expect(breaker.windowCounts.calls == 0)
    }

    @Test func publishesStateChanges() async throws {
        let breaker = try makeBreaker(rateConfiguration(window: 2, minimumCalls: 2))
        let changes = breaker.stateChanges()
        call(breaker, fails: true)
        call(breaker, fails: true)
        clock.advance(by: .seconds(10))
        for _ in 0..<3 { call(breaker, fails: false) }
        var seen: [CircuitBreakerState] = []
        for await change in changes {
            seen.append(change.to)
            if seen.count == 3 { break }
        }
        #expect(seen == [.open, .halfOpen, .closed])
    }

    @Test func executeThrowsCircuitOpenWithoutRunningTheOperation() async throws {
        let breaker = try makeBreaker(rateConfiguration(window: 1, minimumCalls: 1))
        await #expect(throws: TestFailure.self) { try await breaker.execute { throw TestFailure() } }
        var ran = false
        await #expect(throws: ResilienceError.circuitOpen) {
            try await breaker.execute { ran = true }
        }
        #expect(!ran)
    }
}
