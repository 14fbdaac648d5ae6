/// Bounds how long an operation may run, cancelling it when the time is up.
///
/// The operation runs as a child task racing a timer child task in a task group. When the timer
/// wins, the operation is cancelled and ``ResilienceError/timeout`` is thrown once the operation has
/// returned: Swift cancellation is cooperative, so an operation that ignores cancellation delays
/// the timeout (URLSession and AsyncHTTPClient requests stop promptly). Waiting for it keeps
/// bulkhead permits honest: work is never left running unaccounted in the background.
public struct Timeout: Sendable {
    public let duration: Duration
    private let clock: any ResilienceClock

    public init(_ duration: Duration, clock: any ResilienceClock = ContinuousResilienceClock()) {
        self.duration = duration
        self.clock = clock
    }

    private enum Race<T: Sendable>: Sendable {
        case finished(T)
        case timedOut
    }

    /// Runs `operation`, throwing ``ResilienceError/timeout`` if it outlasts ``duration``.
    public func execute<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        let clock = clock
        let duration = duration
        return try await withThrowingTaskGroup(of: Race<T>.self) { group in
            group.addTask { .finished(try await operation()) }
            group.addTask {
                try await clock.sleep(for: duration)
                return .timedOut
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            switch first {
            case .finished(let value):
                return value
            case .timedOut:
                group.cancelAll()
                while (try? await group.next()) != nil {}
                throw ResilienceError.timeout
            }
        }
    }
}
