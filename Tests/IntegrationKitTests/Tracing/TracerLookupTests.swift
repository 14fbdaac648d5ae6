import InMemoryTracing
import Synchronization
import Testing
import Tracing
@testable import IntegrationKit

/// The cached, lazily refreshed lookup of the bootstrapped tracer (with an injected time and source).
@Suite struct TracerLookupTests {
    /// A source of "the bootstrapped tracer" that counts lookups.
    final class Source: Sendable {
        private let state = Mutex<(tracer: InMemoryTracer?, lookups: Int)>((nil, 0))
        let time = Atomic<Int64>(1_000)

        func bootstrap(_ tracer: InMemoryTracer?) { state.withLock { $0.tracer = tracer } }
        var lookups: Int { state.withLock { $0.lookups } }

        func lookup() -> (any Tracer)? {
            state.withLock {
                $0.lookups += 1
                return $0.tracer
            }
        }

        func advance(by nanoseconds: Int64) { time.add(nanoseconds, ordering: .relaxed) }

        func makeLookup() -> TracerLookup {
            TracerLookup(recheckEvery: .nanoseconds(100), now: { self.time.load(ordering: .relaxed) }, find: { self.lookup() })
        }
    }

    @Test func noTracerIsCachedForThePeriodThenLookedUpAgain() async {
        let source = Source()
        let lookup = source.makeLookup()
        #expect(lookup.current() == nil)  // first call: the lookup starts in the background
        await lookup.settle()
        #expect(source.lookups == 1)
        for _ in 0..<1_000 { #expect(lookup.current() == nil) }
        #expect(source.lookups == 1)  // negative answer cached

        source.bootstrap(InMemoryTracer())
        source.advance(by: 99)
        #expect(lookup.current() == nil)
        await lookup.settle()
        #expect(source.lookups == 1)  // still within the period

        source.advance(by: 1)
        _ = lookup.current()  // stale: looks again
        await lookup.settle()
        #expect(source.lookups == 2)
        #expect(lookup.current() is InMemoryTracer)
    }

    @Test func aFoundTracerIsRecheckedToo() async {
        let source = Source()
        source.bootstrap(InMemoryTracer())
        let lookup = source.makeLookup()
        lookup.scheduleRefresh()
        await lookup.settle()
        #expect(lookup.current() is InMemoryTracer)
        source.bootstrap(nil)
        source.advance(by: 100)
        _ = lookup.current()
        await lookup.settle()
        #expect(lookup.current() == nil)
        #expect(source.lookups == 2)
    }
}
