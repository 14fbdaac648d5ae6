import Synchronization

/// Counts calls from concurrent or escaping closures.
final class AttemptCounter: Sendable {
    private let count = Mutex(0)

    /// Increments and returns the new count.
    @discardableResult
    func next() -> Int {
        count.withLock {
            $0 += 1
            return $0
        }
    }

    var value: Int { count.withLock { $0 } }
}
