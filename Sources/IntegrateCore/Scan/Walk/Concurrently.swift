import Dispatch

/// Two independent pieces of work run at the same time: the first on the calling thread, the
/// second on a global queue. (Not `concurrentPerform`: a `concurrentPerform` nested in one runs
/// with less width, and the first piece of work is itself parallel.)
enum Concurrently {
    /// The results of `first` and `second`, each run once; returns when both are done.
    static func run<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
        let secondResult = IndexedResults<B?>(count: 1, initial: nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { secondResult.set(0, second()) }
        let a = first()
        group.wait()
        guard let b = secondResult.values[0] else { preconditionFailure("the second piece of work did not run") }
        return (a, b)
    }
}
