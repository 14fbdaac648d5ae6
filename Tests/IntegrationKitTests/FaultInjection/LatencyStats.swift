/// Outcomes and latencies of a batch of calls, for fault-injection assertions.
struct LatencyStats: CustomStringConvertible {
    var latencies: [Duration] = []
    var errors = 0

    mutating func add(_ latency: Duration, failed: Bool) {
        latencies.append(latency)
        if failed { errors += 1 }
    }

    mutating func merge(_ other: LatencyStats) {
        latencies += other.latencies
        errors += other.errors
    }

    var errorRate: Double { latencies.isEmpty ? 0 : Double(errors) / Double(latencies.count) }

    /// The 99th percentile latency (nearest rank).
    var p99: Duration {
        let sorted = latencies.sorted()
        guard !sorted.isEmpty else { return .zero }
        let rank = Int((Double(sorted.count) * 0.99).rounded(.up)) - 1
        return sorted[max(0, min(sorted.count - 1, rank))]
    }

    var description: String {
        "calls=\(latencies.count) errorRate=\(errorRate) p99=\(p99)"
    }
}
