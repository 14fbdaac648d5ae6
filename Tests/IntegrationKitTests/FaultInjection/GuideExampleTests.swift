import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import IntegrationKit
import IntegrationKitHTTP

/// The example of docs/IntegrationKit.md, pointed at the loopback server, so the guide stays true.
@Suite struct GuideExampleTests {
    @Test func guideExampleServesAndFallsBack() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let billing = try ResiliencePipelineBuilder(name: "billing", metrics: ResilienceMetrics(name: "billing", factory: RecordingMetricsFactory()))
            .timeout(.seconds(3))
            .retry(.http(maxAttempts: 3, backoff: .constant(.milliseconds(5)), budget: RetryBudget()))
            .circuitBreaker(CircuitBreakerConfiguration(
                mode: .rate(.time(seconds: 30)), failureRateThreshold: 50,
                slowCallRateThreshold: 80, slowCallDuration: .seconds(1),
                minimumNumberOfCalls: 20, waitDurationInOpen: .seconds(15), permittedCallsInHalfOpen: 3))
            .attemptTimeout(.milliseconds(800))
            .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 32))
            .build()

        @Sendable func invoice(_ id: String) async throws -> Data {
            guard let url = URL(string: "http://127.0.0.1:\(server.port)/invoices/\(id)") else { throw URLError(.badURL) }
            var request = URLRequest(url: url)
            request.timeoutInterval = 5
            let (data, _) = try await URLSession.shared.data(for: request, through: billing)
            return data
        }

        // Warm up URLSession and the server outside the pipeline: on Linux the first request of a
        // process can take longer than the 800 ms attempt timeout when the machine is busy.
        if let warmUp = URL(string: "http://127.0.0.1:\(server.port)/warm-up") {
            _ = try? await URLSession.shared.data(from: warmUp)
        }
        let before = server.requestCount
        let cached = Fallback<Data>(handles: { $0 is ResilienceError || $0 is HTTPStatusError }) { _ in Data("{}".utf8) }
        #expect(try await cached.execute { try await invoice("42") } == Data("ok".utf8))
        server.set(.failing(status: 503))
        #expect(try await cached.execute { try await invoice("42") } == Data("{}".utf8))
        #expect(server.requestCount - before == 1 + 3)  // one healthy call, then three attempts
    }
}
