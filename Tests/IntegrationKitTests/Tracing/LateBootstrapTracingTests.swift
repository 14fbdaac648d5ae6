import InMemoryTracing
import Synchronization
import Testing
import Tracing
@testable import IntegrationKit

/// A tracer bootstrapped after the pipeline was built is used. `InstrumentationSystem.bootstrap`
/// is once per process, so everything that needs "nothing bootstrapped" happens in this one test
/// before it bootstraps; other suites use explicit tracers and are unaffected by a global one.
@Suite(.serialized) struct LateBootstrapTracingTests {
    /// Set once the process-wide tracer is bootstrapped (by this test; a repetition skips the "before" part).
    static let bootstrapped = Mutex<InMemoryTracer?>(nil)

    @Test func aTracerBootstrappedAfterBuildIsPickedUpWithoutOneNothingIsTraced() async throws {
        let pipeline = try ResiliencePipelineBuilder(name: "late-bootstrap")
            .retry(RetryConfiguration(maxAttempts: 2, backoff: .constant(.zero), jitter: .none))
            .build()
        let tracer: InMemoryTracer
        if let existing = Self.bootstrapped.withLock({ $0 }) {
            tracer = existing
        } else {
            await TracerLookup.shared.settle()
            #expect(pipeline.tracer == nil)  // nothing bootstrapped: no span, the no-tracer path
            #expect(try await pipeline.execute { 1 } == 1)

            // A tracer bound to this task only is not cached for every task by the lookup.
            let scoped = InMemoryTracer()
            let seen = await withTracer(scoped) {
                TracerLookup.shared.scheduleRefresh()
                await TracerLookup.shared.settle()
                return TracerLookup.shared.current()
            }
            #expect(seen == nil)
            #expect(scoped.finishedSpans.isEmpty)

            tracer = InMemoryTracer()
            InstrumentationSystem.bootstrap(tracer)
            Self.bootstrapped.withLock { $0 = tracer }
        }
        // Picked up within the lookup's period (100 ms); allow much more on a loaded machine.
        let attempts = AttemptCounter()
        let clock = ContinuousClock()
        let start = clock.now
        var spans: [FinishedInMemorySpan] = []
        while spans.isEmpty, clock.now - start < .seconds(10) {
            _ = try await pipeline.execute {
                if attempts.next() % 2 == 1 { throw TestFailure() }
                return 1
            }
            spans = tracer.finishedSpans.filter { $0.operationName.hasPrefix("late-bootstrap") }
            if spans.isEmpty { try await Task.sleep(for: .milliseconds(20)) }
        }
        let call = try #require(spans.first { $0.operationName == "late-bootstrap" })
        let attemptSpans = spans.filter { $0.operationName == "late-bootstrap attempt" }
        #expect(attemptSpans.count == 2)
        #expect(attemptSpans.allSatisfy { $0.parentSpanID == call.spanID })
        #expect(call.events.map(\.name) == ["retry"])
        #expect(pipeline.tracer is InMemoryTracer)
    }
}
