/// An HTTP response whose status means the call failed (by default 408, 429 and 5xx).
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

    /// Whether retrying may help: 408 (request timeout), 429 (too many requests) and every 5xx;
    /// other statuses (4xx) are the request's fault and come back the same on every attempt.
    public var isTransient: Bool {
        Self.isTransient(statusCode)
    }

    /// Whether `statusCode` is worth another attempt: 408, 429 or 5xx.
    public static func isTransient(_ statusCode: Int) -> Bool {
        statusCode == 408 || statusCode == 429 || (500..<600).contains(statusCode)
    }

    public var description: String {
        "HTTP \(statusCode)" + (retryAfter.map { ", retry after \($0)" } ?? "")
    }
}
