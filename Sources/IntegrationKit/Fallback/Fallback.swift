/// Replaces chosen errors with a substitute value (a cached answer, a default, a degraded mode).
public struct Fallback<Value: Sendable>: Sendable {
    private let handles: @Sendable (any Error) -> Bool
    private let substitute: @Sendable (any Error) async throws -> Value

    /// - Parameters:
    ///   - handles: which errors to replace; by default every error except `CancellationError`.
    ///   - substitute: produces the replacement from the error (may itself throw).
    public init(
        handles: @escaping @Sendable (any Error) -> Bool = { !($0 is CancellationError) },
        substitute: @escaping @Sendable (any Error) async throws -> Value
    ) {
        self.handles = handles
        self.substitute = substitute
    }

    /// Runs `operation`; a handled error is replaced by the substitute.
    public func execute(_ operation: () async throws -> Value) async throws -> Value {
        do {
            return try await operation()
        } catch where handles(error) {
            return try await substitute(error)
        }
    }
}
