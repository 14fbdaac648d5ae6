import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import IntegrationKit

extension URLSession {
    /// Sends `request` through `pipeline`; a response whose status is in `failingStatuses` is thrown
    /// as an ``HTTPStatusError`` (with its `Retry-After`) so breaker and retry treat it as a failure.
    public func data(
        for request: URLRequest,
        through pipeline: ResiliencePipeline,
        failingStatuses: Set<Int> = HTTPStatusError.defaultFailingStatuses
    ) async throws -> (Data, HTTPURLResponse) {
        try await pipeline.execute { [self] in
            let (data, response) = try await self.data(for: request)
            guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
            if failingStatuses.contains(http.statusCode) { throw HTTPStatusError(response: http) }
            return (data, http)
        }
    }
}
