import Testing
@testable import IntegrationKit

@Suite struct KeyedRegistryTests {
    @Test func returnsTheSameInstancePerKey() {
        let registry = KeyedRegistry<String, CircuitBreaker>(clock: ManualResilienceClock()) { CircuitBreaker(name: $0) }
        #expect(registry.instance(for: "a.example") === registry.instance(for: "a.example"))
        #expect(registry.instance(for: "a.example") !== registry.instance(for: "b.example"))
    }

    @Test func staysBoundedEvictingTheLeastRecentlyUsed() {
        let clock = ManualResilienceClock()
        let created = AttemptCounter()
        let registry = KeyedRegistry<Int, Int>(maxEntries: 3, idleTimeout: .seconds(600), clock: clock) { _ in created.next() }
        for key in 0..<3 {
            _ = registry.instance(for: key)
            clock.advance(by: .seconds(1))
        }
        _ = registry.instance(for: 0)  // 1 is now least recently used
        _ = registry.instance(for: 99)
        #expect(registry.count == 3)
        #expect(registry.instance(for: 0) == 1)  // kept
        _ = registry.instance(for: 1)  // recreated
        #expect(created.value == 5)
        for key in 1_000..<2_000 { _ = registry.instance(for: key) }
        #expect(registry.count == 3)
    }

    @Test func evictsIdleEntries() {
        let clock = ManualResilienceClock()
        let registry = KeyedRegistry<String, Int>(maxEntries: 10, idleTimeout: .seconds(60), clock: clock) { $0.count }
        _ = registry.instance(for: "old")
        clock.advance(by: .seconds(30))
        _ = registry.instance(for: "fresh")
        clock.advance(by: .seconds(30))
        registry.evictIdle()
        #expect(registry.count == 1)
    }
}
