/// A custom pipeline stage: anything that wraps the inner stages and the operation.
///
/// Add one with ``ResiliencePipelineBuilder/stage(_:)``; it runs where it was added (outer to
/// inner). Call `next` at most once per attempt you want to make; throw to fail the call.
///
/// ```swift
/// struct RequireFeatureFlag: ResilienceStage {
///     let enabled: @Sendable () -> Bool
///     func execute<T: Sendable>(_ next: @Sendable () async throws -> T, context: ResilienceContext) async throws -> T {
///         guard enabled() else { throw FeatureDisabled() }
///         context.addEvent("feature_flag_checked")
///         return try await next()
///     }
/// }
/// ```
public protocol ResilienceStage: Sendable {
    /// Runs `next` (the stages inside this one, then the operation) under this stage's policy.
    func execute<T: Sendable>(_ next: @Sendable () async throws -> T, context: ResilienceContext) async throws -> T
}

/// What a stage knows about the call it is part of.
public struct ResilienceContext: Sendable {
    /// The pipeline's name.
    public let pipelineName: String
    @usableFromInline let trace: CallTrace?

    @usableFromInline
    init(pipelineName: String, trace: CallTrace?) {
        self.pipelineName = pipelineName
        self.trace = trace
    }

    /// Adds an event to the call's span (nothing when the pipeline does not trace).
    public func addEvent(_ name: String) {
        trace?.addEvent(name)
    }
}
