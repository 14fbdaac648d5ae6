/// An HTTP response whose status means the call failed (by default 429 and 5xx).
///
/// Thrown by ``Foundation/URLSession/data(for:through:failingStatuses:)`` so that the circuit
/// breaker counts the response as a failure and the retry can honour the server's `Retry-After`.
public struct HTTPStatusError: Error, Hashable, Sendable, CustomStringConvertible {
    public let statusCode: Int
    /// The delay the server asked for in `Retry-After`, if any.
    public let retryAfter: Duration?

    public init(statusCode: Int, retryAfter: Duration? = nil) {
        self.statusCode = statusCode
        self.retryAfter = retryAfter
    }

    /// A bounded metric label: `http_429`, `http_503`, or `http_5xx` for other server errors.
    public var shortDescription: String {
        switch statusCode {
        case 429, 500, 502, 503, 504: "http_\(statusCode)"
        case 500..<600: "http_5xx"
        default: "http_other"
        }
    }

    /// Whether retrying may help: 408, 429, 502, 503, 504 (not 500/501: usually a bug, not a blip).
    public var isTransient: Bool {
        [408, 429, 502, 503, 504].contains(statusCode)
    }

    public var description: String {
        "HTTP \(statusCode)" + (retryAfter.map { ", retry after \($0)" } ?? "")
    }
}
