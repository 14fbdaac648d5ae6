import CoreMetrics
import Synchronization

/// A swift-metrics factory that keeps every value so tests can read metrics by label and dimensions.
final class RecordingMetricsFactory: MetricsFactory {
    final class Handler: CounterHandler, RecorderHandler, TimerHandler, MeterHandler, FloatingPointCounterHandler {
        private let values = Mutex<[Double]>([])

        func increment(by amount: Int64) { values.withLock { $0.append(Double(amount)) } }
        func increment(by amount: Double) { values.withLock { $0.append(amount) } }
        func reset() { values.withLock { $0.removeAll() } }
        func record(_ value: Int64) { values.withLock { $0.append(Double(value)) } }
        func record(_ value: Double) { values.withLock { $0.append(value) } }
        func recordNanoseconds(_ duration: Int64) { values.withLock { $0.append(Double(duration)) } }
        func set(_ value: Int64) { record(value) }
        func set(_ value: Double) { record(value) }
        func decrement(by amount: Double) { increment(by: -amount) }

        var sum: Double { values.withLock { $0.reduce(0, +) } }
        var count: Int { values.withLock { $0.count } }
        var last: Double? { values.withLock { $0.last } }
    }

    private let handlers = Mutex<[String: Handler]>([:])

    private func handler(_ label: String, _ dimensions: [(String, String)]) -> Handler {
        let key = Self.key(label, dimensions)
        return handlers.withLock { handlers in
            if let existing = handlers[key] { return existing }
            let created = Handler()
            handlers[key] = created
            return created
        }
    }

    static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        label + "{" + dimensions.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
    }

    /// The handler for a metric, or nil if it was never created.
    func value(_ label: String, _ dimensions: [(String, String)]) -> Handler? {
        handlers.withLock { $0[Self.key(label, dimensions)] }
    }

    /// Every metric key created, as `label{name=value,...}`.
    var keys: Set<String> { handlers.withLock { Set($0.keys) } }

    func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler { handler(label, dimensions) }
    func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler { handler(label, dimensions) }
    func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler { handler(label, dimensions) }
    func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler { handler(label, dimensions) }
    func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { handler(label, dimensions) }
    func destroyCounter(_ handler: any CounterHandler) {}
    func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {}
    func destroyMeter(_ handler: any MeterHandler) {}
    func destroyRecorder(_ handler: any RecorderHandler) {}
    func destroyTimer(_ handler: any TimerHandler) {}
}
