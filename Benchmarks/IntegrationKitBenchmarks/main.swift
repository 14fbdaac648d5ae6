import Dispatch
import IntegrationKit

// Happy-path overhead of each IntegrationKit strategy and of the pipeline against a bare call,
// single task and contended, plus the cost of rejection by an open breaker.
// Run: scripts/bench-kit [filter] (release build, allocation counting) or
//      swift run -c release IntegrationKitBenchmarks [filter]

@inline(never)
func bareOperation() async throws -> Int {
    benchmarkSink &+ 1
}

nonisolated(unsafe) var benchmarkSink = 0  // written by nothing; read to keep the call opaque

struct Case {
    let name: String
    let iterations: Int
    let body: @Sendable () async throws -> Void
}

func format(_ value: Double?, _ digits: Int = 1) -> String {
    guard let value else { return "n/a" }
    let scale = [1.0, 10, 100, 1000][min(digits, 3)]
    let rounded = (value * scale).rounded() / scale
    return "\(rounded)"
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

/// Runs every case off the main actor (top-level code is main-actor isolated, and awaiting from it
/// would add an executor hop to every call, the bare one included).
nonisolated func runAll() async throws {
    let operation: @Sendable () async throws -> Int = { try await bareOperation() }
    let clock = ContinuousResilienceClock()
    let closedBreaker = try CircuitBreaker(name: "bench", configuration: CircuitBreakerConfiguration(), clock: clock)
    let openBreaker = try CircuitBreaker(name: "bench-open", clock: clock)
    openBreaker.forceOpen()
    let retry = try Retry(RetryConfiguration(budget: RetryBudget()), clock: clock)
    let bulkhead = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 64), clock: clock)
    let rateLimiter = try RateLimiter(permitsPerSecond: 1e15, burst: 1_000_000_000, clock: clock)
    let timeout = try Timeout(.seconds(10), clock: clock)
    let childTimeout = try Timeout(.seconds(10), scope: .childTask, clock: clock)
    let fallback = Fallback<Int> { _ in 0 }
    let hedging = try Hedging(HedgingConfiguration(delay: .seconds(10)), clock: clock)
    let faults = try FaultInjection(.error(CancellationError()), rate: 0.5, enabled: false, clock: clock)
    func fourStrategies() -> ResiliencePipelineBuilder {
        ResiliencePipelineBuilder(name: "bench", clock: clock)
            .retry(RetryConfiguration(budget: RetryBudget()))
            .circuitBreaker(CircuitBreakerConfiguration())
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 64))
            .rateLimiter(permitsPerSecond: 1e15, burst: 1_000_000_000)
    }
    let four = try fourStrategies().build()
    let withTimeout = try ResiliencePipelineBuilder(name: "bench", clock: clock)
        .timeout(.seconds(10))
        .retry(RetryConfiguration(budget: RetryBudget()))
        .circuitBreaker(CircuitBreakerConfiguration())
        .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 64))
        .rateLimiter(permitsPerSecond: 1e15, burst: 1_000_000_000)
        .build()
    let withBothTimeouts = try ResiliencePipelineBuilder(name: "bench", clock: clock)
        .timeout(.seconds(10))
        .retry(RetryConfiguration(budget: RetryBudget()))
        .circuitBreaker(CircuitBreakerConfiguration())
        .attemptTimeout(.seconds(5))
        .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 64))
        .rateLimiter(permitsPerSecond: 1e15, burst: 1_000_000_000)
        .build()

    let million = 1_000_000
    let cases: [Case] = [
        Case(name: "bare call", iterations: million) { _ = try await operation() },
        Case(name: "circuit breaker: check API (closed)", iterations: million) {
            if let permit = closedBreaker.tryAcquirePermission() {
                _ = try await operation()
                closedBreaker.onSuccess(permit)
            }
        },
        Case(name: "circuit breaker: execute (closed)", iterations: million) { _ = try await closedBreaker.execute(operation) },
        Case(name: "retry (success, with budget)", iterations: million) { _ = try await retry.execute(operation) },
        Case(name: "bulkhead", iterations: million) { _ = try await bulkhead.execute(operation) },
        Case(name: "rate limiter", iterations: million) { _ = try await rateLimiter.execute(operation) },
        Case(name: "fallback", iterations: million) { _ = try await fallback.execute(operation) },
        Case(name: "timeout (calling task)", iterations: million) { _ = try await timeout.execute(operation) },
        Case(name: "timeout (child task)", iterations: million / 10) { _ = try await childTimeout.execute(operation) },
        Case(name: "hedging (first attempt wins)", iterations: million / 10) { _ = try await hedging.execute(operation) },
        Case(name: "fault injection (disabled)", iterations: million) { _ = try await faults.execute(operation) },
        // Pipelines take an escaping closure: a literal (as callers write it) is emitted at the
        // generic abstraction; passing the stored `operation` would add a reabstraction box (1 alloc).
        Case(name: "pipeline: retry+breaker+bulkhead+limiter", iterations: million) {
            _ = try await four.execute { try await bareOperation() }
        },
        Case(name: "pipeline: + overall timeout (5 strategies)", iterations: million) {
            _ = try await withTimeout.execute { try await bareOperation() }
        },
        Case(name: "pipeline: + attempt timeout (6, child task)", iterations: million / 10) {
            _ = try await withBothTimeouts.execute { try await bareOperation() }
        },
        Case(name: "open breaker: rejection by value", iterations: million) {
            if openBreaker.tryAcquirePermission() != nil { _ = try await operation() }
        },
        Case(name: "open breaker: rejection thrown", iterations: million) {
            do { _ = try await openBreaker.execute(operation) } catch {}
        },
    ]
    // `--profile N [prefix]`: the first case whose name starts with prefix, N calls in one task, no contended runs, for
    // instruction counting (valgrind --tool=callgrind; see scripts/bench-kit --callgrind).
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "--profile" {
        let calls = arguments.dropFirst().first.flatMap { Int($0) } ?? 10_000
        let filter = arguments.dropFirst(2).first
        guard let benchmark = cases.first(where: { candidate in filter.map { candidate.name.hasPrefix($0) } ?? true }) else {
            print("no case starts with \(filter ?? "")")
            return
        }
        for _ in 0..<calls { try await benchmark.body() }
        print("\(benchmark.name): \(calls) calls")
        return
    }
    defer {
        print("ns/call: single task, process CPU time per call; overhead = ns/call - bare call; 2/4 tasks: wall ns per call with that many tasks on one instance (+overhead).")
        print("allocs: heap allocations per call (n/a unless run through scripts/bench-kit on glibc).")
    }
    var bareNanoseconds = 0.0
    var bareContended: [Int: Double] = [:]
    print(pad("case", 46) + pad("ns/call", 10) + pad("overhead", 10) + pad("x bare", 8) + pad("allocs", 8)
          + pad("2 tasks", 10) + pad("4 tasks", 10))
    // An optional argument keeps only the cases whose name contains it (plus the bare call).
    let filter = arguments.first
    for benchmark in cases where filter.map({ benchmark.name.contains($0) || benchmark.name == "bare call" }) ?? true {
        let (nanoseconds, allocations) = try await BenchmarkRunner.single(benchmark.iterations, benchmark.body)
        let two = try await BenchmarkRunner.contended(tasks: 2, benchmark.iterations / 2, benchmark.body)
        let four = try await BenchmarkRunner.contended(tasks: 4, benchmark.iterations / 4, benchmark.body)
        if benchmark.name == "bare call" {
            bareNanoseconds = nanoseconds
            bareContended = [2: two, 4: four]
        }
        let overhead = nanoseconds - bareNanoseconds
        print(pad(benchmark.name, 46) + pad(format(nanoseconds), 10) + pad(format(overhead), 10)
              + pad(format(nanoseconds / bareNanoseconds, 2), 8) + pad(format(allocations, 2), 8)
              + pad(format(two) + " (+\(format(two - (bareContended[2] ?? 0), 0)))", 10 + 8)
              + pad(format(four) + " (+\(format(four - (bareContended[4] ?? 0), 0)))", 10 + 8))
    }
}

// The main thread blocks on a semaphore rather than awaiting (an async main parks it in
// sigsuspend, which valgrind 3.19 cannot follow: every Swift program with a second thread crashes it).
let finished = DispatchSemaphore(value: 0)
nonisolated(unsafe) var failure: (any Error)?
Task.detached {
    do { try await runAll() } catch { failure = error }
    finished.signal()
}
finished.wait()
if let failure { fatalError("IntegrationKitBenchmarks: \(failure)") }
