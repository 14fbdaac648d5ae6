import Testing
@testable import IntegrationKit

/// Bad settings are rejected when built, with the field and its allowed range.
@Suite struct ConfigurationValidationTests {
    func error(_ build: () throws -> Void) -> ConfigurationError? {
        do {
            try build()
            return nil
        } catch {
            return error as? ConfigurationError
        }
    }

    @Test func aFailureRateAbove100IsRejectedByName() {
        let failure = error { _ = try CircuitBreaker(configuration: CircuitBreakerConfiguration(failureRateThreshold: 150)) }
        #expect(failure?.field == "failureRateThreshold")
        #expect(failure?.description == "CircuitBreakerConfiguration.failureRateThreshold must be in 0...100 and above 0 (got 150.0)")
    }

    @Test func aNegativeMaxDelayIsRejected() {
        let failure = error { _ = try Retry(RetryConfiguration(maxDelay: .seconds(-1))) }
        #expect(failure?.description == "RetryConfiguration.maxDelay must be 0 or more (got -1.0 seconds)")
    }

    @Test func zeroCountsAreRejectedNotRaisedToOne() {
        #expect(error { _ = try Retry(RetryConfiguration(maxAttempts: 0)) }?.field == "maxAttempts")
        #expect(error { _ = try CircuitBreaker(configuration: CircuitBreakerConfiguration(minimumNumberOfCalls: 0)) }?.field
            == "minimumNumberOfCalls")
        #expect(error { _ = try CircuitBreaker(configuration: CircuitBreakerConfiguration(permittedCallsInHalfOpen: 0)) }?.field
            == "permittedCallsInHalfOpen")
        #expect(error { _ = try CircuitBreaker(configuration: .consecutiveFailures(0)) }?.field == "mode.consecutiveFailures")
        #expect(error { _ = try CircuitBreaker(configuration: CircuitBreakerConfiguration(mode: .rate(.count(0)))) }?.field
            == "mode.rate.count")
        #expect(error { _ = try Bulkhead(configuration: BulkheadConfiguration(maxConcurrentCalls: 0)) }?.field == "maxConcurrentCalls")
        #expect(error { _ = try RateLimiter(permitsPerSecond: 10, burst: 0) }?.field == "burst")
        #expect(error { _ = try RateLimiter(permitsPerSecond: 0) }?.field == "permitsPerSecond")
        #expect(error { _ = try Retry(RetryConfiguration(budget: RetryBudget(maxTokens: 0))) }?.field == "budget.maxTokens")
        #expect(error { _ = try Hedging(HedgingConfiguration(maxHedgedAttempts: 0)) }?.field == "maxHedgedAttempts")
    }

    @Test func theBuilderReportsTheFirstBadStage() {
        let failure = error {
            _ = try ResiliencePipelineBuilder()
                .retry(RetryConfiguration(maxAttempts: 3))
                .circuitBreaker(CircuitBreakerConfiguration(slowCallRateThreshold: -5))
                .build()
        }
        #expect(failure?.type == "CircuitBreakerConfiguration")
        #expect(failure?.field == "slowCallRateThreshold")
    }

    @Test func defaultsAreValid() throws {
        try CircuitBreakerConfiguration().validate()
        try CircuitBreakerConfiguration.consecutiveFailures(5).validate()
        try RetryConfiguration().validate()
        try BulkheadConfiguration().validate()
        try HedgingConfiguration().validate()
    }
}
