import Foundation

/// Sends requests to the provider under verification. The live client speaks HTTP to the one base
/// URL the person gave; tests pass a fake that answers in process.
public protocol ProviderClient: Sendable {
    /// Sends one request and returns the provider's response. Throws `VerifyError.unreachable`
    /// when no connection can be made, `VerifyError.timedOut` when the request's time runs out.
    func send(_ request: VerifyRequest) async throws -> VerifyResponse
}

/// Why a verification could not run at all (exit code 2), as opposed to findings (exit code 1).
public enum VerifyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection to the provider at the given URL.
    case unreachable(url: String, reason: String)
    /// A request got no complete answer in time.
    case timedOut(url: String, seconds: Double)
    /// An input (spec, pact, option) cannot be used; names the file and, where known, the line.
    case badInput(String)

    public var description: String {
        switch self {
        case let .unreachable(url, reason): "provider unreachable at \(url): \(reason)"
        case let .timedOut(url, seconds): "no answer from \(url) within \(seconds) s"
        case let .badInput(message): message
        }
    }
}
