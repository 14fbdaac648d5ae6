import Synchronization

/// Injects faults into calls on purpose: latency, an error or a substitute result, at a rate and
/// switchable at run time, so a team can rehearse the failures its resilience must absorb
/// (chaos testing in staging, game days, the scenarios `testing-strategy.md` asks about).
///
/// Off by default when `enabled` is false; ``enable()``, ``disable()`` and ``setRate(_:)`` change it
/// while calls run. Put it innermost in a pipeline so the faults look like the dependency's own.
public final class FaultInjection: Sendable {
    /// What to inject into a selected call.
    public enum Fault: Sendable {
        /// Wait this long (on the injected clock, cancellably), then run the call.
        case latency(Duration)
        /// Fail with this error instead of running the call.
        case error(any Error)
        /// Return this value instead of running the call (calls of another result type run normally).
        case result(any Sendable)
    }

    private struct Settings {
        var enabled: Bool
        var rate: Double
    }

    public let name: String
    public let fault: Fault
    private let settings: Mutex<Settings>
    private let random: RandomSource
    private let clock: any ResilienceClock

    /// - Parameters:
    ///   - rate: the share of calls that get the fault, in 0...1.
    ///   - enabled: whether faults are injected from the start.
    public init(
        name: String = "default",
        _ fault: Fault,
        rate: Double,
        enabled: Bool = true,
        random: RandomSource = .system,
        clock: any ResilienceClock = ContinuousResilienceClock()
    ) throws(ConfigurationError) {
        try Self.validate(rate: rate)
        if case .latency(let duration) = fault {
            try ConfigurationError.check(duration >= .zero, "FaultInjection", "latency", "0 or more", "\(duration)")
        }
        self.name = name
        self.fault = fault
        self.settings = Mutex(Settings(enabled: enabled, rate: rate))
        self.random = random
        self.clock = clock
    }

    private static func validate(rate: Double) throws(ConfigurationError) {
        try ConfigurationError.check((0...1).contains(rate), "FaultInjection", "rate", "in 0...1", "\(rate)")
    }

    /// Whether faults are being injected.
    public var isEnabled: Bool { settings.withLock { $0.enabled } }
    /// The share of calls that get the fault.
    public var rate: Double { settings.withLock { $0.rate } }

    public func enable() { settings.withLock { $0.enabled = true } }
    public func disable() { settings.withLock { $0.enabled = false } }

    /// Changes the share of calls that get the fault; throws when outside 0...1.
    public func setRate(_ rate: Double) throws(ConfigurationError) {
        try Self.validate(rate: rate)
        settings.withLock { $0.rate = rate }
    }

    /// Whether the current call gets the fault.
    private func selected() -> Bool {
        let (enabled, rate) = settings.withLock { ($0.enabled, $0.rate) }
        guard enabled, rate > 0 else { return false }
        return rate >= 1 || random.nextUnit() < rate
    }

    /// Runs `operation`, injecting the fault into a `rate` share of calls while enabled.
    public func execute<T: Sendable>(_ operation: () async throws -> T) async throws -> T {
        try await execute(operation, onInject: nil)
    }

    @usableFromInline
    nonisolated(nonsending) func execute<T: Sendable>(
        _ operation: nonisolated(nonsending) () async throws -> T, onInject: ((Fault) -> Void)?
    ) async throws -> T {
        guard selected() else { return try await operation() }
        switch fault {
        case .latency(let duration):
            onInject?(fault)
            try await clock.sleep(for: duration)
            return try await operation()
        case .error(let error):
            onInject?(fault)
            throw error
        case .result(let value):
            guard let typed = value as? T else { return try await operation() }
            onInject?(fault)
            return typed
        }
    }
}
