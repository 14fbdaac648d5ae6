/// Assembles a ``ResiliencePipeline``; the call order of the builder methods does not matter,
/// the pipeline's order is fixed (see ``ResiliencePipeline``).
///
/// ```swift
/// let pipeline = ResiliencePipelineBuilder(name: "billing", metrics: ResilienceMetrics(name: "billing"))
///     .timeout(.seconds(5))
///     .retry(RetryConfiguration(maxAttempts: 3, budget: RetryBudget()))
///     .circuitBreaker(CircuitBreakerConfiguration(mode: .rate(.time(seconds: 30)), minimumNumberOfCalls: 20))
///     .attemptTimeout(.seconds(2))
///     .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 32))
///     .build()
/// ```
public struct ResiliencePipelineBuilder: Sendable {
    private let name: String
    private let clock: any ResilienceClock
    private let metrics: ResilienceMetrics?
    private var timeout: Timeout?
    private var retry: Retry?
    private var circuitBreaker: CircuitBreaker?
    private var attemptTimeout: Timeout?
    private var bulkhead: Bulkhead?
    private var rateLimiter: RateLimiter?

    /// - Parameters:
    ///   - name: the dependency's name, also given to strategies created here.
    ///   - clock: the clock given to strategies created here and used for call durations.
    ///   - metrics: instruments for calls, retries, rejections and breaker state; `nil` records nothing.
    public init(name: String = "default", clock: any ResilienceClock = ContinuousResilienceClock(), metrics: ResilienceMetrics? = nil) {
        self.name = name
        self.clock = clock
        self.metrics = metrics
    }

    /// Bounds the whole call, retries included.
    public func timeout(_ duration: Duration) -> Self {
        with { $0.timeout = Timeout(duration, clock: clock) }
    }

    /// Retries failed attempts.
    public func retry(_ configuration: RetryConfiguration = RetryConfiguration()) -> Self {
        with { $0.retry = Retry(configuration, clock: clock, metrics: metrics) }
    }

    /// Adds a breaker created from `configuration`.
    public func circuitBreaker(_ configuration: CircuitBreakerConfiguration) -> Self {
        with { $0.circuitBreaker = CircuitBreaker(name: name, configuration: configuration, clock: clock, metrics: metrics) }
    }

    /// Adds an existing breaker (for example one from a ``KeyedRegistry`` or shared with other code).
    public func circuitBreaker(_ breaker: CircuitBreaker) -> Self {
        with { $0.circuitBreaker = breaker }
    }

    /// Bounds each attempt.
    public func attemptTimeout(_ duration: Duration) -> Self {
        with { $0.attemptTimeout = Timeout(duration, clock: clock) }
    }

    /// Adds a bulkhead created from `configuration`.
    public func bulkhead(_ configuration: BulkheadConfiguration) -> Self {
        with { $0.bulkhead = Bulkhead(name: name, configuration: configuration, clock: clock, metrics: metrics) }
    }

    /// Adds an existing bulkhead.
    public func bulkhead(_ bulkhead: Bulkhead) -> Self {
        with { $0.bulkhead = bulkhead }
    }

    /// Adds a token-bucket rate limiter.
    public func rateLimiter(permitsPerSecond: Double, burst: Int = 1, maxWait: Duration = .zero) -> Self {
        with {
            $0.rateLimiter = RateLimiter(permitsPerSecond: permitsPerSecond, burst: burst, maxWait: maxWait, clock: clock, metrics: metrics)
        }
    }

    /// Adds an existing rate limiter.
    public func rateLimiter(_ limiter: RateLimiter) -> Self {
        with { $0.rateLimiter = limiter }
    }

    public func build() -> ResiliencePipeline {
        ResiliencePipeline(
            name: name, timeout: timeout, retry: retry, circuitBreaker: circuitBreaker, attemptTimeout: attemptTimeout,
            bulkhead: bulkhead, rateLimiter: rateLimiter, metrics: metrics, clock: clock)
    }

    private func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}
