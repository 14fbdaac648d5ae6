import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IntegrationKit

extension OutcomeClassifier {
    /// HTTP outcomes: a response (`HTTPURLResponse`, or `(Data, HTTPURLResponse)` as URLSession
    /// returns) with status 5xx, 429 or 408 is a failure, as are ``HTTPStatusError``s with those
    /// statuses, timeouts (``ResilienceError/timeout``, `URLError.timedOut`) and connection-level
    /// `URLError`s; cancellation is ignored; other 4xx responses are the caller's problem, not the
    /// dependency's, and count as successes (a breaker must not open on 404s).
    public static let http = OutcomeClassifier(error: httpError, result: { value in
        httpResponse(in: value).map { httpStatus($0.statusCode) } ?? .success
    })

    /// The HTTP response a result is or holds (`HTTPURLResponse`, `(Data, HTTPURLResponse)`,
    /// `(Data, URLResponse)`), if any.
    static func httpResponse(in value: any Sendable) -> HTTPURLResponse? {
        switch value {
        case let response as HTTPURLResponse: response
        case let (_, response) as (Data, HTTPURLResponse): response
        case let (_, response) as (Data, URLResponse): response as? HTTPURLResponse
        default: nil
        }
    }

    /// The kind of an HTTP status: 408, 429 and 5xx fail, everything else succeeds.
    public static func httpStatus(_ status: Int) -> OutcomeKind {
        HTTPStatusError.isTransient(status) ? .failure : .success
    }

    /// The HTTP error rule of ``http``.
    public static let httpError: @Sendable (any Error) -> OutcomeKind = { error in
        switch error {
        case is CancellationError: .ignored
        case let status as HTTPStatusError: httpStatus(status.statusCode)
        case let resilience as ResilienceError: resilience == .timeout ? .failure : resilience.isRejection ? .ignored : .failure
        case let urlError as URLError: urlError.code == .cancelled ? .ignored : .failure
        default: .failure
        }
    }
}
