import Testing
@testable import IntegrationKit

@Suite struct ResilienceMetricsTests {
    @Test func createsEveryFamilyWithAFixedLabelSet() throws {
        let factory = RecordingMetricsFactory()
        _ = ResilienceMetrics(name: "billing", factory: factory)
        let labelSets = Dictionary(grouping: factory.keys) { String($0.prefix { $0 != "{" }) }
            .mapValues { keys in Set(keys.map { key in
                key.drop { $0 != "{" }.dropFirst().dropLast().split(separator: ",").map { $0.prefix { $0 != "=" } }.joined(separator: ",")
            }) }
        #expect(labelSets == [
            "integrationkit_calls_total": ["name,outcome"],
            "integrationkit_call_duration_seconds": ["name,outcome"],
            "integrationkit_retries_total": ["name"],
            "integrationkit_rejections_total": ["name,reason"],
            "integrationkit_circuit_breaker_state": ["name"],
            "integrationkit_circuit_breaker_transitions_total": ["name,to"],
            "integrationkit_circuit_breaker_failure_rate": ["name"],
            "integrationkit_attempt_duration_seconds": ["name,outcome"],
            "integrationkit_timeouts_total": ["name"],
        ])
    }

    @Test func pipelineRecordsOutcomesRetriesRejectionsAndBreakerState() async throws {
        let factory = RecordingMetricsFactory()
        let metrics = ResilienceMetrics(name: "billing", factory: factory)
        let clock = ManualResilienceClock(autoAdvance: true)
        let pipeline = try ResiliencePipelineBuilder(name: "billing", clock: clock, metrics: metrics)
            .retry(RetryConfiguration(maxAttempts: 2, jitter: .none))
            .circuitBreaker(.consecutiveFailures(2))
            .build()
        _ = try? await pipeline.execute { 1 }
        _ = try? await pipeline.execute { () -> Int in throw TestFailure() }
        _ = try? await pipeline.execute { 1 }

        func value(_ label: String, _ dimensions: [(String, String)]) -> Double? { factory.value(label, dimensions)?.sum }
        #expect(value("integrationkit_calls_total", [("name", "billing"), ("outcome", "success")]) == 1)
        #expect(value("integrationkit_calls_total", [("name", "billing"), ("outcome", "failure")]) == 1)
        #expect(value("integrationkit_calls_total", [("name", "billing"), ("outcome", "rejected")]) == 1)
        #expect(factory.value("integrationkit_call_duration_seconds", [("name", "billing"), ("outcome", "success")])?.count == 1)
        #expect(value("integrationkit_retries_total", [("name", "billing")]) == 1)
        #expect(value("integrationkit_rejections_total", [("name", "billing"), ("reason", "circuit_open")]) == 1)
        #expect(factory.value("integrationkit_circuit_breaker_state", [("name", "billing")])?.last == 1)
        #expect(value("integrationkit_circuit_breaker_transitions_total", [("name", "billing"), ("to", "open")]) == 1)
    }
}
