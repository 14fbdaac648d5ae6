/// Races extra attempts against a slow or failing one: the first success wins, the others are
/// cancelled (and awaited, so no work outlives the call).
///
/// The first attempt starts at once; another starts each time ``HedgingConfiguration/delay``
/// passes without a success, or at once when an attempt fails, up to
/// ``HedgingConfiguration/maxHedgedAttempts`` extra attempts. When every attempt failed, the last
/// failure is returned (a result classified as a failure is returned as is). Each attempt is a
/// child task; only hedge idempotent calls.
public struct Hedging: Sendable {
    public let name: String
    public let configuration: HedgingConfiguration
    private let clock: any ResilienceClock

    /// Throws a ``ConfigurationError`` when `configuration` is out of range.
    public init(
        name: String = "default",
        _ configuration: HedgingConfiguration = HedgingConfiguration(),
        clock: any ResilienceClock = ContinuousResilienceClock()
    ) throws(ConfigurationError) {
        try configuration.validate()
        self.name = name
        self.configuration = configuration
        self.clock = clock
    }

    private enum Event<T: Sendable>: Sendable {
        case finished(Result<T, any Error>)
        case hedgeDue(generation: Int)
    }

    /// Runs `operation`, hedging as configured.
    public func execute<T: Sendable>(_ operation: @escaping @Sendable () async throws -> T) async throws -> T {
        try await execute(operation, onHedge: nil)
    }

    /// `onHedge` sees the number of each extra attempt as it starts (the pipeline's span events).
    @usableFromInline
    func execute<T: Sendable>(
        _ operation: @escaping @Sendable () async throws -> T, onHedge: (@Sendable (Int) -> Void)?
    ) async throws -> T {
        let clock = clock
        let delay = configuration.delay
        let classifier = configuration.classifier
        let maxAttempts = configuration.maxHedgedAttempts + 1
        return try await withThrowingTaskGroup(of: Event<T>.self) { group in
            var launched = 0
            var running = 0
            var timerGeneration = 0
            var lastFailure: Result<T, any Error>?
            func launch() {
                launched += 1
                running += 1
                if launched > 1 { onHedge?(launched - 1) }
                group.addTask {
                    do { return .finished(.success(try await operation())) } catch { return .finished(.failure(error)) }
                }
                guard let delay, launched < maxAttempts else { return }
                timerGeneration += 1
                let generation = timerGeneration
                group.addTask {
                    try await clock.sleep(for: delay)
                    return .hedgeDue(generation: generation)
                }
            }
            launch()
            defer { group.cancelAll() }
            while let event = try await group.next() {
                switch event {
                case .hedgeDue(let generation):
                    if generation == timerGeneration, launched < maxAttempts { launch() }
                case .finished(let result):
                    running -= 1
                    if classifier.classify(result) != .failure {
                        group.cancelAll()
                        return try result.get()
                    }
                    lastFailure = result
                    if launched < maxAttempts {
                        launch()
                    } else if running == 0 {
                        group.cancelAll()
                        return try result.get()
                    }
                }
            }
            if let lastFailure { return try lastFailure.get() }
            throw CancellationError()
        }
    }
}
