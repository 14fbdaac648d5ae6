/// The checks `integrate verify` runs. The raw value is the id every output format uses.
public enum VerifyCheckID: String, Sendable, Hashable, CaseIterable, Codable {
    // OpenAPI
    /// The provider answered 5xx.
    case serverError = "server-error"
    /// The status is not among the operation's documented responses (and no `default`).
    case statusCode = "status-code"
    /// The `Content-Type` is not among the documented response's media types.
    case contentType = "content-type"
    /// The body does not validate against the documented response schema.
    case responseSchema = "response-schema"
    /// A documented required response header is missing or invalid.
    case responseHeaders = "response-headers"
    /// A request that violates the spec (wrong type, missing required, out of range, bad enum) got a 2xx.
    case negativeDataAccepted = "negative-data-accepted"
    /// A method the spec does not declare on a path answered 2xx.
    case undeclaredMethod = "undeclared-method"
    /// More than half of the operations got no request (no value for a required input, or the
    /// request budget ran out): a run that exercised little does not pass silently.
    case insufficientCoverage = "insufficient-coverage"
    // Pact
    /// The response status differs from the pact's.
    case pactStatus = "pact-status"
    /// A header of the pact's response is missing or does not match.
    case pactHeaders = "pact-headers"
    /// The response body does not match the pact's body and matching rules.
    case pactBody = "pact-body"
    /// The state-change URL refused to set up a provider state.
    case pactProviderState = "pact-provider-state"
    /// (`--spec`) the interaction's path and method are not an operation of the provider's spec.
    case pactUnknownOperation = "pact-unknown-operation"
    /// (`--spec`) the interaction's status is not documented for that operation.
    case pactUndocumentedStatus = "pact-undocumented-status"
    /// (`--spec`) the interaction's request or response body does not fit the spec's schema.
    case pactSchemaMismatch = "pact-schema-mismatch"
}
