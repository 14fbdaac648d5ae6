import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension HTTPStatusError {
    /// The error for `response`, with the delay its `Retry-After` header asks for (seconds or an
    /// HTTP date measured from `now`); throw it for a failing status so the HTTP retry preset
    /// retries it after that delay.
    public init(response: HTTPURLResponse, now: Date = Date()) {
        self.init(statusCode: response.statusCode, retryAfter: Self.retryAfter(of: response, now: now))
    }

    /// The delay `response`'s `Retry-After` header asks for, nil without a parseable one.
    public static func retryAfter(of response: HTTPURLResponse, now: Date = Date()) -> Duration? {
        response.value(forHTTPHeaderField: "Retry-After").flatMap { RetryAfterParser.delay(from: $0, now: now) }
    }

    /// 408, 429 and every 5xx.
    public static let defaultFailingStatuses: Set<Int> = Set([408, 429] + Array(500..<600))
}
