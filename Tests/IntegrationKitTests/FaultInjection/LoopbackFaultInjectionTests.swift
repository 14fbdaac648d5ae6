import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import IntegrationKit
@testable import IntegrationKitHTTP

/// A real HTTP dependency on loopback fails, stalls and recovers; the same load runs once with a
/// bare URLSession call and once through a pipeline. With the pipeline the caller's error rate and
/// p99 stay bounded and the failing server is spared; without it they follow the fault.
@Suite(.serialized) struct LoopbackFaultInjectionTests {
    static let concurrency = 10
    static let stall = 1.5

    /// Runs `batches` batches of `concurrency` concurrent calls and collects their outcomes.
    func load(batches: Int, _ call: @escaping @Sendable () async throws -> Void) async -> LatencyStats {
        var stats = LatencyStats()
        for _ in 0..<batches {
            let batch = await withTaskGroup(of: (Duration, Bool).self) { group in
                for _ in 0..<Self.concurrency {
                    group.addTask {
                        let start = ContinuousClock.now
                        let failed = (try? await call()) == nil
                        return (ContinuousClock.now - start, failed)
                    }
                }
                var batch = LatencyStats()
                for await (latency, failed) in group { batch.add(latency, failed: failed) }
                return batch
            }
            stats.merge(batch)
        }
        return stats
    }

    func bareCall(_ session: URLSession, _ url: URL) async throws {
        let (_, response) = try await session.data(from: url)
        guard let status = (response as? HTTPURLResponse)?.statusCode, status < 500 else { throw HTTPStatusError(statusCode: 503) }
    }

    @Test func withoutThePipelineTheCallerInheritsTheFault() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral)
        let call: @Sendable () async throws -> Void = { try await bareCall(session, server.url) }

        server.set(.failing(status: 503))
        let failing = await load(batches: 3, call)
        #expect(failing.errorRate == 1)
        #expect(server.requestCount == 30)  // every call hits the failing server

        server.set(.stalling(seconds: Self.stall))
        let stalled = await load(batches: 1, call)
        #expect(stalled.p99 >= .milliseconds(1_400))
    }

    @Test func withThePipelineErrorRateAndP99StayBoundedAndTheBreakerCycles() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral)
        // The breaker's open wait runs on a manual clock so the test decides when it elapses;
        // timeouts use real time because the network is real.
        let breakerClock = ManualResilienceClock()
        let breaker = try CircuitBreaker(
            name: "loopback",
            configuration: .consecutiveFailures(5, waitDurationInOpen: .seconds(30), permittedCallsInHalfOpen: 2),
            clock: breakerClock)
        let seen = TransitionRecorder(breaker.stateChanges())
        let pipeline = try ResiliencePipelineBuilder(name: "loopback")
            .timeout(.milliseconds(800))
            .retry(.http(maxAttempts: 2, backoff: .constant(.milliseconds(20)), jitter: .none))
            .circuitBreaker(breaker)
            .attemptTimeout(.milliseconds(250))
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 16))
            .build()
        let request = URLRequest(url: server.url)
        let fallback = Fallback<String> { _ in "cached" }
        let call: @Sendable () async throws -> Void = {
            _ = try await fallback.execute {
                let (data, _) = try await session.data(for: request, through: pipeline)
                return String(decoding: data, as: UTF8.self)
            }
        }

        let healthy = await load(batches: 1, call)
        #expect(healthy.errorRate == 0)
        #expect(breaker.state == .closed)

        server.set(.failing(status: 503))
        let before = server.requestCount
        let failing = await load(batches: 3, call)
        #expect(failing.errorRate == 0)  // the fallback answers while the dependency is down
        #expect(breaker.state == .open)
        #expect(server.requestCount - before < 30)  // the breaker sheds load from the failing server

        server.set(.stalling(seconds: Self.stall))
        breakerClock.advance(by: .seconds(30))
        let stalled = await load(batches: 1, call)
        #expect(stalled.errorRate == 0)
        #expect(stalled.p99 < .milliseconds(1_200))  // overall timeout 800 ms plus scheduling slack on a busy machine
        #expect(breaker.state == .open)  // the half-open probes timed out

        server.set(.healthy)
        breakerClock.advance(by: .seconds(30))
        let recovered = await load(batches: 2, call)
        #expect(recovered.errorRate == 0)
        #expect(breaker.state == .closed)

        let states = await seen.stop()
        #expect(states.first == .open)
        #expect(states.suffix(2) == [.halfOpen, .closed])
    }
}
