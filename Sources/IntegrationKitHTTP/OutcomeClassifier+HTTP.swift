import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IntegrationKit

extension OutcomeClassifier {
    /// HTTP outcomes: a response (`HTTPURLResponse`, or `(Data, HTTPURLResponse)` as URLSession
    /// returns) with status 5xx or 429 is a failure, as are ``HTTPStatusError``s with those
    /// statuses, timeouts (``ResilienceError/timeout``, `URLError.timedOut`) and connection-level
    /// `URLError`s; cancellation is ignored; other 4xx responses are the caller's problem, not the
    /// dependency's, and count as successes (a breaker must not open on 404s).
    public static let http = OutcomeClassifier(error: httpError, result: { value in
        switch value {
        case let response as HTTPURLResponse: httpStatus(response.statusCode)
        case let (_, response) as (Data, HTTPURLResponse): httpStatus(response.statusCode)
        case let (_, response) as (Data, URLResponse): (response as? HTTPURLResponse).map { httpStatus($0.statusCode) } ?? .success
        default: .success
        }
    })

    /// The kind of an HTTP status: 5xx and 429 fail, everything else succeeds.
    public static func httpStatus(_ status: Int) -> OutcomeKind {
        status == 429 || (500..<600).contains(status) ? .failure : .success
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
