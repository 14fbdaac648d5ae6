import Foundation
import IntegrateCore

/// Sets provider states up and tears them down through the provider's state-change URL, as the
/// Pact verifier does: `POST` of `{"state": ..., "params": ..., "action": "setup" | "teardown"}`.
public struct PactStateChange: Sendable {
    public enum Action: String, Sendable { case setup, teardown }

    /// The client that reaches the state-change URL (its base URL may differ from the provider's).
    public var client: any ProviderClient
    /// The path of the state-change URL, e.g. `/_pact/provider-states`.
    public var path: String

    public init(client: any ProviderClient, path: String) {
        self.client = client
        self.path = path.isEmpty ? "/" : path
    }

    /// The request that changes one state.
    public func request(_ state: PactProviderState, _ action: Action) -> VerifyRequest {
        let params = state.params.map(JSONNode.text) ?? "{}"
        let body = "{\"state\":\(JSONNode.text(SpecNode(.string(state.name)))),\"params\":\(params),\"action\":\"\(action.rawValue)\"}"
        return VerifyRequest(method: "POST", pathTemplate: path, path: path, headers: [VerifyHeader("Content-Type", "application/json")], body: Data(body.utf8))
    }

    /// Changes one state; returns why it failed (a non-2xx answer), or `nil` when it worked.
    /// Connection failures are thrown: without the state-change URL nothing can be verified.
    public func change(_ state: PactProviderState, _ action: Action) async throws -> String? {
        let response = try await client.send(request(state, action))
        guard (200..<300).contains(response.status) else {
            let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            return "state change `\(state.name)` (\(action.rawValue)) answered \(response.status)" + (text.isEmpty ? "" : ": \(text)")
        }
        return nil
    }
}
