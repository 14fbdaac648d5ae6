/// Decides from a call's result or error whether it succeeded, failed or is ignored.
///
/// Every strategy that acts on outcomes takes one (breaker, retry, hedging, fallback, pipeline
/// metrics), as Resilience4j's `recordResult`/`recordException` and Polly's `ShouldHandle` do:
/// a result such as an HTTP 503 response can be a failure without being thrown. The result
/// predicate sees the value as `any Sendable`; ``results(_:error:_:)`` gives a typed one. Without
/// a result predicate every result is a success and classifying a result costs nothing.
public struct OutcomeClassifier: Sendable {
    private let errorKind: @Sendable (any Error) -> OutcomeKind
    private let resultKind: (@Sendable (any Sendable) -> OutcomeKind)?

    /// - Parameters:
    ///   - error: the kind of a thrown error; by default cancellation is ignored, any other error a failure.
    ///   - result: the kind of a returned value; `nil` makes every result a success.
    public init(
        error: @escaping @Sendable (any Error) -> OutcomeKind = OutcomeClassifier.errorsFailExceptCancellation,
        result: (@Sendable (any Sendable) -> OutcomeKind)? = nil
    ) {
        self.errorKind = error
        self.resultKind = result
    }

    /// Cancellation is ignored, every other error is a failure, every result a success.
    public static let `default` = OutcomeClassifier()

    /// The default error rule: `CancellationError` is ignored, anything else is a failure.
    public static let errorsFailExceptCancellation: @Sendable (any Error) -> OutcomeKind = {
        $0 is CancellationError ? .ignored : .failure
    }

    /// A classifier with a typed result predicate; values of other types are successes.
    public static func results<T: Sendable>(
        _ type: T.Type = T.self,
        error: @escaping @Sendable (any Error) -> OutcomeKind = OutcomeClassifier.errorsFailExceptCancellation,
        _ classify: @escaping @Sendable (T) -> OutcomeKind
    ) -> OutcomeClassifier {
        OutcomeClassifier(error: error, result: { value in (value as? T).map(classify) ?? .success })
    }

    /// The kind of a thrown error.
    public func classify(error: any Error) -> OutcomeKind {
        errorKind(error)
    }

    /// The kind of a returned value (a success unless a result predicate says otherwise).
    @inlinable
    public func classify<T: Sendable>(result: T) -> OutcomeKind {
        guard hasResultPredicate else { return .success }
        return classifyBoxed(result)
    }

    /// The kind of a finished call.
    public func classify<T: Sendable>(_ outcome: Result<T, any Error>) -> OutcomeKind {
        switch outcome {
        case .success(let value): classify(result: value)
        case .failure(let error): classify(error: error)
        }
    }

    /// Whether results can be failures at all.
    @usableFromInline
    var hasResultPredicate: Bool { resultKind != nil }

    @usableFromInline
    func classifyBoxed(_ value: any Sendable) -> OutcomeKind {
        resultKind?(value) ?? .success
    }
}

/// Thrown by a strategy in place of a result the classifier called a failure, when it must
/// report an error (a fallback's substitute receives it; a hedge that only saw failed results).
public struct FailedResult: Error, CustomStringConvertible {
    /// The value the operation returned.
    public let value: any Sendable

    public init(value: any Sendable) {
        self.value = value
    }

    public var description: String { "result classified as a failure: \(value)" }
}
