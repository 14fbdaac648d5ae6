/// What a request set did to one operation: how many requests, which statuses came back, and which
/// documented statuses were never seen (what a green run of a peer hides).
public struct VerifyOperationCoverage: Sendable, Hashable, Codable {
    public var operation: VerifyOperationID
    public var requestsSent: Int
    public var statusesSeen: [Int]
    /// Documented statuses (`"200"`, `"4XX"`, `"default"`) no response had.
    public var documentedNeverSeen: [String]
    /// Why the operation got no request, when it got none (e.g. a required parameter with no value).
    public var skippedReason: String?

    public init(operation: VerifyOperationID, requestsSent: Int, statusesSeen: [Int], documentedNeverSeen: [String], skippedReason: String? = nil) {
        self.operation = operation
        self.requestsSent = requestsSent
        self.statusesSeen = statusesSeen
        self.documentedNeverSeen = documentedNeverSeen
        self.skippedReason = skippedReason
    }
}

/// The result of one `integrate verify` run, whatever its source (OpenAPI or pacts).
public struct VerifyReport: Sendable, Hashable, Codable {
    /// What was verified: `openapi` or `pact`, and the spec or pact files, for the record.
    public var kind: String
    public var sources: [String]
    public var findings: [VerifyFinding]
    public var operations: [VerifyOperationCoverage]
    public var totalRequests: Int
    /// (`verify pact --spec`) documented response fields no pact's response carries; informational,
    /// never a finding. Nil for the other runs (and left out of their JSON).
    public var unusedResponseFields: [UnusedResponseField]?

    public init(kind: String, sources: [String], findings: [VerifyFinding], operations: [VerifyOperationCoverage], totalRequests: Int,
                unusedResponseFields: [UnusedResponseField]? = nil) {
        self.kind = kind
        self.sources = sources
        self.findings = findings
        self.operations = operations
        self.totalRequests = totalRequests
        self.unusedResponseFields = unusedResponseFields
    }

    /// Exit code 0 with no finding, 1 with findings (2 is for `VerifyError`).
    public var exitCode: Int32 { findings.isEmpty ? 0 : 1 }
}
