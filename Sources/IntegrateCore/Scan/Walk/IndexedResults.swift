import Foundation

/// One result slot per unit of parallel work, each written by exactly one worker.
///
/// `@unchecked Sendable`: writes go to distinct indices under a lock, and `values` is read only
/// after `DispatchQueue.concurrentPerform` has returned.
final class IndexedResults<Value>: @unchecked Sendable {
    private var storage: [Value]
    private let lock = NSLock()

    init(count: Int, initial: Value) {
        storage = Array(repeating: initial, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
