/// Replaces chosen errors, or results classified as failures, with a substitute value (a cached
/// answer, a default, a degraded mode). Usable alone or as a pipeline stage
/// (``ResiliencePipelineBuilder/fallback(_:)``).
public struct Fallback<Value: Sendable>: Sendable {
    let handles: @Sendable (any Error) -> Bool
    let handlesResult: (@Sendable (Value) -> Bool)?
    let substitute: @Sendable (any Error) async throws -> Value

    /// - Parameters:
    ///   - handles: which errors to replace; by default every error except `CancellationError`.
    ///   - handlesResult: which results to replace (the substitute then receives a ``FailedResult``).
    ///   - substitute: produces the replacement from the error (may itself throw).
    public init(
        handles: @escaping @Sendable (any Error) -> Bool = { !($0 is CancellationError) },
        handlesResult: (@Sendable (Value) -> Bool)? = nil,
        substitute: @escaping @Sendable (any Error) async throws -> Value
    ) {
        self.handles = handles
        self.handlesResult = handlesResult
        self.substitute = substitute
    }

    /// A fallback driven by an ``OutcomeClassifier``: failures (errors or results) are replaced.
    public init(classifier: OutcomeClassifier, substitute: @escaping @Sendable (any Error) async throws -> Value) {
        self.init(
            handles: { classifier.classify(error: $0) == .failure },
            handlesResult: { classifier.classify(result: $0) == .failure },
            substitute: substitute)
    }

    /// Runs `operation`; a handled error or result is replaced by the substitute.
    public func execute(_ operation: () async throws -> Value) async throws -> Value {
        let value: Value
        do {
            value = try await operation()
        } catch where handles(error) {
            return try await substitute(error)
        }
        if let handlesResult, handlesResult(value) { return try await substitute(FailedResult(value: value)) }
        return value
    }

    /// The type-erased form a pipeline stores.
    var erased: AnyFallback {
        let handles = handles
        let handlesResult = handlesResult
        let substitute = substitute
        var erasedResult: (@Sendable (any Sendable) -> Bool)?
        if let handlesResult {
            erasedResult = { value in
                guard let typed = value as? Value else { return false }
                return handlesResult(typed)
            }
        }
        let erasedSubstitute: @Sendable (any Error) async throws -> any Sendable = { error in try await substitute(error) }
        return AnyFallback(handles: handles, handlesResult: erasedResult, substitute: erasedSubstitute)
    }
}

/// A ``Fallback`` without its value type, for a pipeline stage: it applies to calls whose result
/// type is the fallback's `Value`; calls of other types pass through untouched.
@usableFromInline
struct AnyFallback: Sendable {
    let handles: @Sendable (any Error) -> Bool
    let handlesResult: (@Sendable (any Sendable) -> Bool)?
    let substitute: @Sendable (any Error) async throws -> any Sendable

    @usableFromInline
    nonisolated(nonsending) func execute<T: Sendable>(_ operation: nonisolated(nonsending) () async throws -> T) async throws -> T {
        let value: T
        do {
            value = try await operation()
        } catch where handles(error) {
            guard let replacement = try await substitute(error) as? T else { throw error }
            return replacement
        }
        if let handlesResult, handlesResult(value), let replacement = try await substitute(FailedResult(value: value)) as? T {
            return replacement
        }
        return value
    }
}
