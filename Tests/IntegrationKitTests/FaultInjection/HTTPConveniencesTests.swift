import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import IntegrationKit
@testable import IntegrationKitHTTP

@Suite struct HTTPConveniencesTests {
    @Test func parsesRetryAfterSecondsAndDates() throws {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(RetryAfterParser.delay(from: "120", now: now) == .seconds(120))
        #expect(RetryAfterParser.delay(from: "Sun, 06 Nov 1994 08:50:07 GMT", now: now) == .seconds(30))
        #expect(RetryAfterParser.delay(from: "Sun, 06 Nov 1994 08:00:00 GMT", now: now) == .zero)
        #expect(RetryAfterParser.delay(from: "soon", now: now) == nil)
        #expect(RetryAfterParser.delay(from: "-5", now: now) == nil)
    }

    @Test func httpRetryPolicyRetriesOnlyTransientFailures() throws {
        let policy = RetryConfiguration.http()
        #expect(policy.shouldRetry(HTTPStatusError(statusCode: 503)))
        #expect(policy.shouldRetry(HTTPStatusError(statusCode: 429)))
        #expect(policy.shouldRetry(HTTPStatusError(statusCode: 500)))
        #expect(policy.shouldRetry(HTTPStatusError(statusCode: 408)))
        #expect(!policy.shouldRetry(HTTPStatusError(statusCode: 404)))
        #expect(policy.shouldRetry(URLError(.timedOut)))
        #expect(!policy.shouldRetry(URLError(.badURL)))
        #expect(!policy.shouldRetry(CancellationError()))
        #expect(policy.retryAfter(HTTPStatusError(statusCode: 429, retryAfter: .seconds(2))) == .seconds(2))
    }

    @Test func statusErrorLabelsAreBounded() throws {
        #expect(Set((400..<600).map { HTTPStatusError(statusCode: $0).shortDescription }).count == 7)
    }
}
