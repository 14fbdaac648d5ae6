/// One operation, rpc or topic of a contract that one integration of the landscape uses: the
/// unit Phase 3 reports data per integration by.
public struct IntegrationUse: Sendable, Hashable {
    /// The calling or consuming component (`nil` when no caller was found).
    public var consumer: String?
    /// The serving or producing component(s), comma-separated (`nil` when unknown).
    public var provider: String?
    /// `http`, `grpc`, `amqp`, `kafka`, ...
    public var protocolName: String
    /// Index of the contract in the catalog.
    public var contract: Int
    public var operation: ContractSchemas.Operation
    /// Where the consumer calls or consumes, when a call site is known.
    public var callSite: Evidence?
    /// Where the provider publishes, for messaging.
    public var publishSite: Evidence?

    /// Whether data flows through a broker (producer -> consumer) rather than a call.
    public var isMessaging: Bool { operation.topic != nil }

    /// `gateway → orders (http)` for calls, `orders → notifications (amqp)` for messages: the
    /// caller or producer first.
    public var integrationLabel: String {
        let ends = isMessaging ? [provider, consumer] : [consumer, provider]
        return ends.map { "`\($0 ?? "?")`" }.joined(separator: " → ") + " (\(protocolName))"
    }
}
