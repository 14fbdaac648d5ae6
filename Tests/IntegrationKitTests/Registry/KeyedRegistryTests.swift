import Testing
@testable import IntegrationKit

@Suite struct KeyedRegistryTests {
    @Test func returnsTheSameInstancePerKey() throws {
        let registry = KeyedRegistry<String, CircuitBreaker>(clock: ManualResilienceClock()) { try CircuitBreaker(name: $0) }
        #expect(try registry.instance(for: "a.example") === registry.instance(for: "a.example"))
        #expect(try registry.instance(for: "a.example") !== registry.instance(for: "b.example"))
    }

    @Test func staysBoundedEvictingTheLeastRecentlyUsed() throws {
        let clock = ManualResilienceClock()
        let created = AttemptCounter()
        let registry = KeyedRegistry<Int, Int>(maxEntries: 3, idleTimeout: .seconds(600), clock: clock) { _ in created.next() }
        for key in 0..<3 {
            _ = try registry.instance(for: key)
            clock.advance(by: .seconds(1))
        }
        _ = try registry.instance(for: 0)  // 1 is now least recently used
        _ = try registry.instance(for: 99)
        #expect(registry.count == 3)
        #expect(try registry.instance(for: 0) == 1)  // kept
        _ = try registry.instance(for: 1)  // recreated
        #expect(created.value == 5)
        for key in 1_000..<2_000 { _ = try registry.instance(for: key) }
        #expect(registry.count == 3)
    }

    @Test func evictsIdleEntries() throws {
        let clock = ManualResilienceClock()
        let registry = KeyedRegistry<String, Int>(maxEntries: 10, idleTimeout: .seconds(60), clock: clock) { $0.count }
        _ = try registry.instance(for: "old")
        clock.advance(by: .seconds(30))
        _ = try registry.instance(for: "fresh")
        clock.advance(by: .seconds(30))
        registry.evictIdle()
        #expect(registry.count == 1)
    }

    @Test func aFactoryErrorCreatesNothing() {
        let registry = KeyedRegistry<String, CircuitBreaker>(clock: ManualResilienceClock()) { name in
            try CircuitBreaker(name: name, configuration: CircuitBreakerConfiguration(failureRateThreshold: 150))
        }
        #expect(throws: ConfigurationError.self) { try registry.instance(for: "a") }
        #expect(registry.count == 0)
    }
}
