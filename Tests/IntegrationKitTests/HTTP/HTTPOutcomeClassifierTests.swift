import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import IntegrationKit
import IntegrationKitHTTP

@Suite struct HTTPOutcomeClassifierTests {
    func response(_ status: Int) throws -> HTTPURLResponse {
        let url = try #require(URL(string: "http://127.0.0.1/"))
        return try #require(HTTPURLResponse(url: url, statusCode: status, httpVersion: nil, headerFields: nil))
    }

    @Test func serverErrorsTooManyRequestsAndTimeoutsAreFailures() throws {
        let http = OutcomeClassifier.http
        #expect(http.classify(result: try response(503)) == .failure)
        #expect(http.classify(result: try response(500)) == .failure)
        #expect(http.classify(result: try response(429)) == .failure)
        #expect(http.classify(result: (Data(), try response(502))) == .failure)
        #expect(http.classify(result: try response(408)) == .failure)
        #expect(http.classify(result: try response(404)) == .success)
        #expect(http.classify(result: try response(200)) == .success)
        #expect(http.classify(error: HTTPStatusError(statusCode: 503)) == .failure)
        #expect(http.classify(error: HTTPStatusError(statusCode: 400)) == .success)
        #expect(http.classify(error: ResilienceError.timeout) == .failure)
        #expect(http.classify(error: URLError(.timedOut)) == .failure)
        #expect(http.classify(error: URLError(.cancelled)) == .ignored)
        #expect(http.classify(error: CancellationError()) == .ignored)
    }

    @Test func aBreakerWithThePresetOpensOn503ResponsesReturnedNotThrown() throws {
        let breaker = try CircuitBreaker(configuration: .consecutiveFailures(3, classifier: .http))
        for _ in 0..<3 {
            let permit = try #require(breaker.tryAcquirePermission())
            breaker.onResult(permit, try response(503))
        }
        #expect(breaker.state == .open)
    }
}
