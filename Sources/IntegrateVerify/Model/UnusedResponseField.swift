/// A property of a documented response schema that no pact's response body carries
/// (`verify pact --spec`): informational, never a finding. It tells the provider which fields
/// it could change without breaking any of these consumers.
public struct UnusedResponseField: Sendable, Hashable, Codable {
    public var operation: VerifyOperationID
    /// The documented response (`"200"`, `"2XX"`, `"default"`).
    public var status: String
    /// The field in the response body, JSONPath-style: `$.items[*].price`.
    public var path: String
    /// Where the property's schema starts in the spec (its own line for a flow-style `{type: …}`,
    /// the line after the name for a block mapping), not where a `$ref` of it leads.
    public var file: String
    public var line: Int

    public init(operation: VerifyOperationID, status: String, path: String, file: String, line: Int) {
        self.operation = operation
        self.status = status
        self.path = path
        self.file = file
        self.line = line
    }
}
