import Synchronization
import IntegrationKit

/// Collects a breaker's state changes in the background until stopped (never blocks a test).
final class TransitionRecorder: Sendable {
    private let states = Mutex<[CircuitBreakerState]>([])
    private let collector: Mutex<Task<Void, Never>?> = Mutex(nil)

    init(_ stream: AsyncStream<CircuitBreakerTransition>) {
        let task = Task { [weak self] in
            for await transition in stream { self?.states.withLock { $0.append(transition.to) } }
        }
        collector.withLock { $0 = task }
    }

    /// Stops collecting (after letting already-published events arrive) and returns the states seen.
    func stop() async -> [CircuitBreakerState] {
        for _ in 0..<100 { await Task.yield() }
        collector.withLock { $0?.cancel() }
        return states.withLock { $0 }
    }
}
