import Testing
@testable import IntegrationKit

@Suite struct KeyedRegistryTests {
    @Test func returnsTheSameInstancePerKey() throws {
        let registry = try KeyedRegistry<String, CircuitBreaker>(clock: ManualResilienceClock()) { try CircuitBreaker(name: $0) }
        #expect(try registry.instance(for: "a.example") === registry.instance(for: "a.example"))
        #expect(try registry.instance(for: "a.example") !== registry.instance(for: "b.example"))
    }

    @Test func staysBoundedEvictingTheLeastRecentlyUsed() throws {
        let clock = ManualResilienceClock()
        let created = AttemptCounter()
        let registry = try KeyedRegistry<Int, Int>(maxEntries: 3, idleTimeout: .seconds(600), clock: clock) { _ in created.next() }
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
        let registry = try KeyedRegistry<String, Int>(maxEntries: 10, idleTimeout: .seconds(60), clock: clock) { $0.count }
        _ = try registry.instance(for: "old")
        clock.advance(by: .seconds(30))
        _ = try registry.instance(for: "fresh")
        clock.advance(by: .seconds(30))
        registry.evictIdle()
        #expect(registry.count == 1)
    }

    @Test func aFactoryErrorCreatesNothing() throws {
        let registry = try KeyedRegistry<String, CircuitBreaker>(clock: ManualResilienceClock()) { name in
            try CircuitBreaker(name: name, configuration: CircuitBreakerConfiguration(failureRateThreshold: 150))
        }
        #expect(throws: ConfigurationError.self) { try registry.instance(for: "a") }
        #expect(registry.count == 0)
    }

    @Test func zeroMaxEntriesIsRejectedNotRaisedToOne() {
        #expect(throws: ConfigurationError(type: "KeyedRegistry", field: "maxEntries", allowed: "at least 1", value: "0")) {
            _ = try KeyedRegistry<String, Int>(maxEntries: 0, clock: ManualResilienceClock()) { $0.count }
        }
        #expect(throws: ConfigurationError.self) {
            _ = try KeyedRegistry<String, Int>(maxEntries: -3, clock: ManualResilienceClock()) { $0.count }
        }
        #expect(throws: Never.self) {
            _ = try KeyedRegistry<String, Int>(maxEntries: 1, clock: ManualResilienceClock()) { $0.count }
        }
    }

    @Test func aNonPositiveIdleTimeoutIsRejected() {
        for idle in [Duration.zero, .seconds(-1)] {
            let failure: ConfigurationError?
            do {
                _ = try KeyedRegistry<String, Int>(idleTimeout: idle, clock: ManualResilienceClock()) { $0.count }
                failure = nil
            } catch {
                failure = error
            }
            #expect(failure?.field == "idleTimeout")
            #expect(failure?.description == "KeyedRegistry.idleTimeout must be greater than 0 (got \(idle))")
        }
    }
}
