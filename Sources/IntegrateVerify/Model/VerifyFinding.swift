/// One failed check on one request: what was sent, what came back, why it is wrong, and which
/// components of the scanned project call that operation.
public struct VerifyFinding: Sendable, Hashable, Codable {
    public var operation: VerifyOperationID
    public var check: VerifyCheckID
    /// The status the provider answered, when it answered.
    public var status: Int?
    public var message: String
    /// The (shrunk) request that shows the failure. Header values named secret are redacted.
    public var request: VerifyRequest
    /// Components of the scanned project whose outbound calls hit this operation, sorted.
    public var consumers: [String]
    /// For pacts: the consumer and interaction description this finding comes from.
    public var interaction: String?

    public init(operation: VerifyOperationID, check: VerifyCheckID, status: Int?, message: String, request: VerifyRequest, consumers: [String] = [], interaction: String? = nil) {
        self.operation = operation
        self.check = check
        self.status = status
        self.message = message
        self.request = request
        self.consumers = consumers
        self.interaction = interaction
    }
}
