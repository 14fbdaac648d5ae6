import Foundation
import IntegrateCore

/// A provider state an interaction needs (`given ...`), with the parameters V3/V4 allow.
public struct PactProviderState: Sendable, Hashable {
    public var name: String
    /// The state's `params` object, if the pact gives one.
    public var params: SpecNode?

    public init(name: String, params: SpecNode? = nil) {
        self.name = name
        self.params = params
    }
}

/// One HTTP interaction of a pact file (V2, V3 or V4 `Synchronous/HTTP`): what the consumer sends
/// and what it expects back, under which provider states.
public struct PactInteraction: Sendable {
    public var description: String
    public var providerStates: [PactProviderState]
    public var request: PactHTTPPart
    public var response: PactHTTPPart
    /// Line of the interaction in its pact file (1-based), for messages.
    public var line: Int

    public init(description: String, providerStates: [PactProviderState] = [], request: PactHTTPPart, response: PactHTTPPart, line: Int = 1) {
        self.description = description
        self.providerStates = providerStates
        self.request = request
        self.response = response
        self.line = line
    }

    /// The operation this interaction exercises: its method and its concrete path.
    public var operation: VerifyOperationID {
        VerifyOperationID(method: request.method ?? "GET", pathTemplate: request.path ?? "/")
    }
}
