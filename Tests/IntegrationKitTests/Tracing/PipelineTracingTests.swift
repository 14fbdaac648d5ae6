import InMemoryTracing
import Testing
import Tracing
@testable import IntegrationKit

/// One span per call with the strategies' events, and one child span per attempt.
@Suite struct PipelineTracingTests {
    @Test func everyAttemptIsASpanUnderTheCallsSpanWithRetryEvents() async throws {
        let tracer = InMemoryTracer()
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock, tracer: tracer)
            .retry(RetryConfiguration(maxAttempts: 3, backoff: .constant(.milliseconds(5)), jitter: .none))
            .build()
        let attempts = AttemptCounter()
        _ = try await pipeline.execute {
            if attempts.next() < 3 { throw TestFailure() }
            return 1
        }
        let spans = tracer.finishedSpans
        let call = try #require(spans.first { $0.operationName == "billing" })
        let attemptSpans = spans.filter { $0.operationName == "billing attempt" }
        #expect(attemptSpans.count == 3)
        #expect(attemptSpans.allSatisfy { $0.parentSpanID == call.spanID })
        #expect(attemptSpans.compactMap { $0.attributes["integrationkit.attempt"]?.toSpanAttribute() } == [1, 2, 3].map { .int64($0) })
        #expect(attemptSpans.map { $0.errors.count } == [1, 1, 0])
        #expect(call.events.map(\.name) == ["retry", "retry"])
        #expect(call.attributes["integrationkit.outcome"]?.toSpanAttribute() == .string("success"))
    }

    @Test func rejectionsAndTimeoutsAreEventsOnTheCallsSpan() async throws {
        let tracer = InMemoryTracer()
        let clock = ManualResilienceClock()
        let breaker = try CircuitBreaker(name: "billing", clock: clock)
        breaker.forceOpen()
        let rejected = try ResiliencePipelineBuilder(name: "billing", clock: clock, tracer: tracer).circuitBreaker(breaker).build()
        await #expect(throws: ResilienceError.circuitOpen) { try await rejected.execute { 1 } }
        #expect(tracer.finishedSpans.flatMap(\.events).map(\.name) == ["rejected"])
        #expect(tracer.finishedSpans.count == 1)  // no attempt was made

        let timed = try ResiliencePipelineBuilder(name: "slow", clock: clock, tracer: tracer).timeout(.seconds(1)).build()
        let call = Task { try await timed.execute { try await clock.sleep(for: .seconds(60)) } }
        await clock.waitForSleepers(2)
        clock.advance(by: .seconds(1))
        await #expect(throws: ResilienceError.timeout) { try await call.value }
        let slow = try #require(tracer.finishedSpans.first { $0.operationName == "slow" })
        #expect(slow.events.map(\.name) == ["timeout"])
    }
}
