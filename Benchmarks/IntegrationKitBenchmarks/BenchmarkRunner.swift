#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One measured case: nanoseconds and allocations per call, single task and contended.
struct BenchmarkResult {
    let name: String
    let singleNanoseconds: Double
    let allocationsPerCall: Double?
    let contendedNanoseconds: Double?
}

/// Times closures in tight loops (single task: process CPU time; contended: wall time); the harness stays tiny so its own overhead is the loop and the
/// closure call, which the bare-call baseline also pays.
enum BenchmarkRunner {
    static let iterations = 1_000_000

    /// Best of `runs` measurements of the average nanoseconds per call of `body` in one task
    /// (the minimum filters out noise from other processes on a shared machine).
    static func single(_ iterations: Int, runs: Int = 5, _ body: () async throws -> Void) async rethrows -> (Double, Double?) {
        var best = (Double.infinity, Double?.none)
        for _ in 0..<runs {
            let measured = try await measureOnce(iterations, body)
            if measured.0 < best.0 { best = measured }
        }
        return best
    }

    private static func measureOnce(_ iterations: Int, _ body: () async throws -> Void) async rethrows -> (Double, Double?) {
        for _ in 0..<(iterations / 10) { try await body() }
        let allocationsBefore = AllocationCounter.current()
        let start = processCPUNanoseconds()
        for _ in 0..<iterations { try await body() }
        let elapsed = processCPUNanoseconds() - start
        var allocations: Double?
        if let allocationsBefore, let allocationsAfter = AllocationCounter.current() {
            allocations = Double(allocationsAfter - allocationsBefore) / Double(iterations)
        }
        return (elapsed / Double(iterations), allocations)
    }

    /// Wall-clock nanoseconds per call when `tasks` tasks each make `iterations` calls at once.
    static func contended(tasks: Int, _ iterations: Int, _ body: @escaping @Sendable () async throws -> Void) async throws -> Double {
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<tasks {
                group.addTask { for _ in 0..<iterations { try await body() } }
            }
            try await group.waitForAll()
        }
        return nanoseconds(ContinuousClock.now - start) / Double(tasks * iterations)
    }

    /// CPU time consumed by this process: unlike wall time it ignores time other processes take
    /// from a shared machine (single-task loops use one thread at a time, so CPU time ~ latency).
    static func processCPUNanoseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
    }

    static func nanoseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
    }
}
