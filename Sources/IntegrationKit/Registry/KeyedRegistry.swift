import Synchronization

/// One strategy instance per key (for example a ``CircuitBreaker`` per host), bounded in size.
///
/// Per-key instances otherwise grow without limit with the key space. When a new key would exceed
/// `maxEntries`, entries idle for `idleTimeout` are evicted first, then the least recently used.
/// Eviction scans the entries, so it costs O(n) but runs only when inserting into a full registry.
public final class KeyedRegistry<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        var lastUsed: ResilienceInstant
    }

    public let maxEntries: Int
    public let idleTimeout: Duration
    private let entries = Mutex<[Key: Entry]>([:])
    private let clock: any ResilienceClock
    private let make: @Sendable (Key) throws -> Value

    /// - Parameters:
    ///   - maxEntries: the most entries kept (at least 1).
    ///   - idleTimeout: how long an unused entry is kept before it may be evicted (greater than 0).
    ///   - make: creates the instance for a new key (called under the registry's lock: keep it cheap).
    /// - Throws: ``ConfigurationError`` when a value is out of range.
    public init(
        maxEntries: Int = 1_000,
        idleTimeout: Duration = .seconds(600),
        clock: any ResilienceClock = ContinuousResilienceClock(),
        make: @escaping @Sendable (Key) throws -> Value
    ) throws(ConfigurationError) {
        let type = "KeyedRegistry"
        try ConfigurationError.check(maxEntries >= 1, type, "maxEntries", "at least 1", "\(maxEntries)")
        try ConfigurationError.check(idleTimeout > .zero, type, "idleTimeout", "greater than 0", "\(idleTimeout)")
        self.maxEntries = maxEntries
        self.idleTimeout = idleTimeout
        self.clock = clock
        self.make = make
    }

    /// The number of live entries.
    public var count: Int { entries.withLock { $0.count } }

    /// The instance for `key`, created on first use; rethrows what `make` throws (for example a
    /// ``ConfigurationError``), creating nothing.
    public func instance(for key: Key) throws -> Value {
        let now = clock.now()
        return try entries.withLock { entries throws -> Value in
            if let existing = entries[key] {
                entries[key]?.lastUsed = now
                return existing.value
            }
            if entries.count >= maxEntries { evict(from: &entries, now: now) }
            let value = try make(key)
            entries[key] = Entry(value: value, lastUsed: now)
            return value
        }
    }

    /// Removes every entry idle for at least `idleTimeout`; call periodically to free memory early.
    public func evictIdle() {
        let now = clock.now()
        entries.withLock { entries in
            entries = entries.filter { now < $0.value.lastUsed + idleTimeout }
        }
    }

    private func evict(from entries: inout [Key: Entry], now: ResilienceInstant) {
        entries = entries.filter { now < $0.value.lastUsed + idleTimeout }
        guard entries.count >= maxEntries,
              let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key else { return }
        entries.removeValue(forKey: oldest)
    }
}
