import Tracing

/// Assembles a ``ResiliencePipeline`` from strategies in the order given, outer to inner (Polly's
/// rule); ``standardOrder()`` rearranges them into the documented default order instead.
/// Configurations are validated by ``build()``, which throws a ``ConfigurationError`` naming the
/// field and its allowed range.
///
/// ```swift
/// let pipeline = try ResiliencePipelineBuilder(name: "billing", metrics: ResilienceMetrics(name: "billing"))
///     .timeout(.seconds(5))
///     .retry(RetryConfiguration(maxAttempts: 3, budget: RetryBudget()))
///     .circuitBreaker(CircuitBreakerConfiguration(mode: .rate(.time(seconds: 30)), minimumNumberOfCalls: 20))
///     .attemptTimeout(.seconds(2))
///     .bulkhead(BulkheadConfiguration(maxConcurrentCalls: 32))
///     .build()
/// ```
public struct ResiliencePipelineBuilder: Sendable {
    private enum Spec: Sendable {
        case timeout(Duration, Timeout.Scope?)
        case retry(RetryConfiguration)
        case circuitBreaker(CircuitBreakerConfiguration)
        case bulkhead(BulkheadConfiguration)
        case rateLimiter(permitsPerSecond: Double, burst: Int, maxWait: Duration)
        case hedging(HedgingConfiguration)
        case faultInjection(FaultInjection.Fault, rate: Double, enabled: Bool)
        case built(PipelineStage)
    }

    private let name: String
    private let clock: any ResilienceClock
    private let metrics: ResilienceMetrics?
    private let hooks: ResilienceHooks
    private let classifier: OutcomeClassifier
    private let tracer: (any Tracer)?
    private var specs: [Spec] = []
    private var sortsIntoStandardOrder = false

    /// - Parameters:
    ///   - name: the dependency's name, also given to strategies created here.
    ///   - clock: the clock given to strategies created here and used for call durations.
    ///   - metrics: instruments for calls, attempts, retries, rejections, timeouts and breaker state; `nil` records nothing.
    ///   - hooks: callbacks given to every strategy created here.
    ///   - classifier: how the pipeline's call and attempt metrics and spans classify outcomes.
    ///   - tracer: the tracer for spans; by default the bootstrapped one, looked up when called (so one
    ///     bootstrapped after `build()` is used within 100 ms); none bootstrapped: no spans, about no cost.
    public init(
        name: String = "default",
        clock: any ResilienceClock = ContinuousResilienceClock(),
        metrics: ResilienceMetrics? = nil,
        hooks: ResilienceHooks = ResilienceHooks(),
        classifier: OutcomeClassifier = .default,
        tracer: (any Tracer)? = nil
    ) {
        self.name = name
        self.clock = clock
        self.metrics = metrics
        self.hooks = hooks
        self.classifier = classifier
        self.tracer = tracer
    }

    /// Bounds everything inside it. Without a `scope`, a timeout with nothing outside it that
    /// goes on working after it (retry, hedging, fallback, custom stage) cancels the calling task
    /// (no child task, the fastest); otherwise it runs the inner stages in a child task.
    public func timeout(_ duration: Duration, scope: Timeout.Scope? = nil) -> Self {
        adding(.timeout(duration, scope))
    }

    /// A timeout for each attempt: always a child task, so the retry outside it can try again.
    public func attemptTimeout(_ duration: Duration) -> Self {
        adding(.timeout(duration, .childTask))
    }

    /// Retries failed attempts (everything added after it is run again per attempt).
    public func retry(_ configuration: RetryConfiguration = RetryConfiguration()) -> Self {
        adding(.retry(configuration))
    }

    /// Adds a breaker created from `configuration`.
    public func circuitBreaker(_ configuration: CircuitBreakerConfiguration) -> Self {
        adding(.circuitBreaker(configuration))
    }

    /// Adds an existing breaker (for example one from a ``KeyedRegistry`` or shared with other code).
    public func circuitBreaker(_ breaker: CircuitBreaker) -> Self {
        adding(.built(.circuitBreaker(breaker)))
    }

    /// Adds a bulkhead created from `configuration`.
    public func bulkhead(_ configuration: BulkheadConfiguration) -> Self {
        adding(.bulkhead(configuration))
    }

    /// Adds an existing bulkhead.
    public func bulkhead(_ bulkhead: Bulkhead) -> Self {
        adding(.built(.bulkhead(bulkhead)))
    }

    /// Adds a token-bucket rate limiter.
    public func rateLimiter(permitsPerSecond: Double, burst: Int = 1, maxWait: Duration = .zero) -> Self {
        adding(.rateLimiter(permitsPerSecond: permitsPerSecond, burst: burst, maxWait: maxWait))
    }

    /// Adds an existing rate limiter.
    public func rateLimiter(_ limiter: RateLimiter) -> Self {
        adding(.built(.rateLimiter(limiter)))
    }

    /// Hedges the stages after it: extra attempts race a slow or failed one.
    public func hedging(_ configuration: HedgingConfiguration = HedgingConfiguration()) -> Self {
        adding(.hedging(configuration))
    }

    /// Replaces handled failures of calls whose result type is `Value` (others pass through).
    public func fallback<Value: Sendable>(_ fallback: Fallback<Value>) -> Self {
        adding(.built(.fallback(fallback.erased)))
    }

    /// Injects a fault into a `rate` share of calls (see ``FaultInjection``).
    public func faultInjection(_ fault: FaultInjection.Fault, rate: Double, enabled: Bool = true) -> Self {
        adding(.faultInjection(fault, rate: rate, enabled: enabled))
    }

    /// Adds an existing fault injection (keep a reference to switch it at run time).
    public func faultInjection(_ injection: FaultInjection) -> Self {
        adding(.built(.faultInjection(injection)))
    }

    /// Adds a custom stage.
    public func stage(_ stage: some ResilienceStage) -> Self {
        adding(.built(.custom(stage)))
    }

    /// The preset: ignore the order of the calls above and use the documented default order
    /// (fallback, overall timeout, retry/hedging, breaker, attempt timeout, bulkhead, rate
    /// limiter, custom stages, fault injection; see ``ResiliencePipeline``).
    public func standardOrder() -> Self {
        var copy = self
        copy.sortsIntoStandardOrder = true
        return copy
    }

    /// Validates every configuration and builds the pipeline.
    public func build() throws(ConfigurationError) -> ResiliencePipeline {
        // Timeouts without an explicit scope are made after the others, once their place is known.
        var stages: [PipelineStage?] = []
        for spec in specs {
            switch spec {
            case .timeout(let duration, let scope?):
                stages.append(.timeout(try Timeout(duration, name: name, scope: scope, clock: clock, metrics: metrics, hooks: hooks)))
            case .timeout(let duration, nil):
                try ConfigurationError.check(duration > .zero, "Timeout", "duration", "greater than 0", "\(duration)")
                stages.append(nil)
            case .retry(let configuration):
                stages.append(.retry(try Retry(configuration, clock: clock, metrics: metrics, hooks: hooks)))
            case .circuitBreaker(let configuration):
                stages.append(.circuitBreaker(try CircuitBreaker(
                    name: name, configuration: configuration, clock: clock, metrics: metrics, hooks: hooks)))
            case .bulkhead(let configuration):
                stages.append(.bulkhead(try Bulkhead(name: name, configuration: configuration, clock: clock, metrics: metrics, hooks: hooks)))
            case .rateLimiter(let rate, let burst, let maxWait):
                stages.append(.rateLimiter(try RateLimiter(
                    name: name, permitsPerSecond: rate, burst: burst, maxWait: maxWait, clock: clock, metrics: metrics, hooks: hooks)))
            case .hedging(let configuration):
                stages.append(.hedging(try Hedging(name: name, configuration, clock: clock)))
            case .faultInjection(let fault, let rate, let enabled):
                stages.append(.faultInjection(try FaultInjection(name: name, fault, rate: rate, enabled: enabled, clock: clock)))
            case .built(let stage):
                stages.append(stage)
            }
        }
        var resolved: [PipelineStage] = []
        var somethingOutsideContinues = false
        for (index, stage) in stages.enumerated() {
            if let stage {
                resolved.append(stage)
                somethingOutsideContinues = somethingOutsideContinues || stage.continuesAfterInnerStages
                continue
            }
            guard case .timeout(let duration, _) = specs[index] else { continue }
            // In standard order an unscoped timeout is the overall one, outside retry and fallback only.
            let scope: Timeout.Scope = sortsIntoStandardOrder || !somethingOutsideContinues ? .callingTask : .childTask
            resolved.append(.timeout(try Timeout(duration, name: name, scope: scope, clock: clock, metrics: metrics, hooks: hooks)))
        }
        if sortsIntoStandardOrder {
            resolved = resolved.enumerated().sorted { ($0.element.standardRank, $0.offset) < ($1.element.standardRank, $1.offset) }
                .map(\.element)
            // A fallback outside the overall timeout continues after it: the timeout gets a child task then.
            if resolved.contains(where: { if case .fallback = $0 { true } else { false } }) {
                resolved = try resolved.map { stage throws(ConfigurationError) -> PipelineStage in
                    guard case .timeout(let box) = stage, box.value.scope == .callingTask else { return stage }
                    let timeout = box.value
                    return .timeout(try Timeout(
                        timeout.duration, name: name, scope: .childTask, clock: clock, metrics: metrics, hooks: hooks))
                }
            }
        }
        if tracer == nil, TracerLookup.shared.current() == nil { TracerLookup.shared.scheduleRefresh() }
        return ResiliencePipeline(
            name: name, stages: resolved, metrics: metrics, clock: clock, classifier: classifier,
            tracer: tracer)
    }

    private func adding(_ spec: Spec) -> Self {
        var copy = self
        copy.specs.append(spec)
        return copy
    }
}
