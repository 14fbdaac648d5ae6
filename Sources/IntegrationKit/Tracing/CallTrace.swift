import Synchronization
import Tracing

/// The spans of one pipeline call: the call's span, which collects the strategies' events
/// (retry scheduled, timeout, rejection, hedge launched, fault injected), and one child span per
/// attempt (per run of the operation). Created only when the pipeline has a tracer (its own or the
/// bootstrapped one, see ``TracerLookup``).
@usableFromInline
final class CallTrace: Sendable {
    /// The tracer that started ``span``; it starts the attempts' spans too.
    let tracer: any Tracer
    let span: any Span
    private let attempts = Mutex(0)

    init(tracer: any Tracer, span: any Span) {
        self.tracer = tracer
        self.span = span
    }

    func addEvent(_ name: String, _ attributes: SpanAttributes = [:]) {
        span.addEvent(SpanEvent(name: name, attributes: attributes))
    }

    /// The number of the attempt starting now (1 for the first).
    func nextAttempt() -> Int {
        attempts.withLock {
            $0 += 1
            return $0
        }
    }

    @usableFromInline
    func recordRetry(_ event: RetryEvent) {
        var attributes: SpanAttributes = [:]
        attributes["integrationkit.attempt"] = event.attempt
        attributes["integrationkit.delay_ms"] = Double(event.delay.nanoseconds) / 1e6
        addEvent("retry", attributes)
    }

    @usableFromInline
    func recordHedge(_ hedge: Int) {
        var attributes: SpanAttributes = [:]
        attributes["integrationkit.hedge"] = hedge
        addEvent("hedge", attributes)
    }

    @usableFromInline
    func recordFault(_ fault: FaultInjection.Fault) {
        var attributes: SpanAttributes = [:]
        let kind = switch fault {
        case .latency: "latency"
        case .error: "error"
        case .result: "result"
        }
        attributes["integrationkit.fault"] = kind
        addEvent("fault_injected", attributes)
    }

    /// Adds the event a strategy error stands for (timeout or rejection), if it is one.
    @usableFromInline
    func addEvent(for error: any Error) {
        guard let resilience = error as? ResilienceError else { return }
        var attributes: SpanAttributes = [:]
        attributes["integrationkit.reason"] = resilience.shortDescription
        if let name = resilience.strategyName { attributes["integrationkit.strategy"] = name }
        addEvent(resilience == .timeout ? "timeout" : resilience.isRejection ? "rejected" : "error", attributes)
    }
}
