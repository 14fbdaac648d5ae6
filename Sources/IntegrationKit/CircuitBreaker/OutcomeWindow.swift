/// Running totals of recorded calls over a sliding window.
struct OutcomeTotals: Sendable, Equatable {
    var calls = 0
    var failures = 0
    var slowCalls = 0

    var failureRate: Double { calls == 0 ? 0 : Double(failures) * 100 / Double(calls) }
    var slowCallRate: Double { calls == 0 ? 0 : Double(slowCalls) * 100 / Double(calls) }
}

/// The last `capacity` outcomes in a ring buffer with running totals: O(1) record and read,
/// storage allocated once at creation.
struct CountOutcomeWindow: Sendable {
    private static let failureBit: UInt8 = 1
    private static let slowBit: UInt8 = 2

    private var ring: [UInt8]
    private var next = 0
    private(set) var totals = OutcomeTotals()

    init(capacity: Int) {
        ring = Array(repeating: 0, count: max(1, capacity))
    }

    mutating func record(failure: Bool, slow: Bool) {
        if totals.calls == ring.count {
            let evicted = ring[next]
            totals.calls -= 1
            if evicted & Self.failureBit != 0 { totals.failures -= 1 }
            if evicted & Self.slowBit != 0 { totals.slowCalls -= 1 }
        }
        ring[next] = (failure ? Self.failureBit : 0) | (slow ? Self.slowBit : 0)
        totals.calls += 1
        if failure { totals.failures += 1 }
        if slow { totals.slowCalls += 1 }
        next = next + 1 == ring.count ? 0 : next + 1
    }

    mutating func reset() {
        for index in ring.indices { ring[index] = 0 }
        next = 0
        totals = OutcomeTotals()
    }
}

/// The outcomes of the last `seconds` seconds in one-second buckets with running totals.
///
/// Moving to a new second clears the buckets that fell out of the window (at most `seconds` of
/// them, amortised O(1) per call); reads are O(1).
struct TimeOutcomeWindow: Sendable {
    private struct Bucket: Sendable {
        var calls: Int32 = 0
        var failures: Int32 = 0
        var slowCalls: Int32 = 0
    }

    private var buckets: [Bucket]
    private var currentSecond: Int64 = 0
    private(set) var totals = OutcomeTotals()

    init(seconds: Int) {
        buckets = Array(repeating: Bucket(), count: max(1, seconds))
    }

    /// Drops buckets older than the window as of `now`.
    mutating func advance(to now: ResilienceInstant) {
        let second = now.nanoseconds / 1_000_000_000
        guard second > currentSecond else { return }
        let steps = min(second - currentSecond, Int64(buckets.count))
        for step in 1...steps {
            let index = Int((currentSecond + step) % Int64(buckets.count))
            let stale = buckets[index]
            totals.calls -= Int(stale.calls)
            totals.failures -= Int(stale.failures)
            totals.slowCalls -= Int(stale.slowCalls)
            buckets[index] = Bucket()
        }
        currentSecond = second
    }

    mutating func record(failure: Bool, slow: Bool, at now: ResilienceInstant) {
        advance(to: now)
        let index = Int(currentSecond % Int64(buckets.count))
        buckets[index].calls += 1
        totals.calls += 1
        if failure {
            buckets[index].failures += 1
            totals.failures += 1
        }
        if slow {
            buckets[index].slowCalls += 1
            totals.slowCalls += 1
        }
    }

    mutating func reset() {
        for index in buckets.indices { buckets[index] = Bucket() }
        totals = OutcomeTotals()
    }
}
