import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import IntegrationKit
@testable import IntegrationKitHTTP

/// `RetryConfiguration.http()` retries thrown 408, 429 and 5xx `HTTPStatusError`s (thrown by the
/// URLSession helper or by the caller), not other 4xx, and honours `Retry-After`.
@Suite struct HTTPRetryPresetTests {
    func pipeline(_ clock: ManualResilienceClock, maxAttempts: Int = 3) throws -> ResiliencePipeline {
        try ResiliencePipelineBuilder(name: "partner", clock: clock)
            .retry(.http(maxAttempts: maxAttempts, backoff: .constant(.milliseconds(100)), jitter: .none, budget: nil))
            .build()
    }

    func response(_ status: Int, _ headers: [String: String] = [:]) throws -> HTTPURLResponse {
        let url = try #require(URL(string: "http://127.0.0.1/"))
        return try #require(HTTPURLResponse(url: url, statusCode: status, httpVersion: nil, headerFields: headers))
    }

    @Test(arguments: [408, 429, 500, 501, 502, 503, 504, 599])
    func aThrownTransientStatusIsRetried(status: Int) async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let attempts = AttemptCounter()
        let value = try await pipeline(clock).execute {
            if attempts.next() < 3 { throw HTTPStatusError(statusCode: status) }
            return 7
        }
        #expect(value == 7)
        #expect(attempts.value == 3)
        #expect(clock.sleeps == [.milliseconds(100), .milliseconds(100)])
        #expect(OutcomeClassifier.http.classify(error: HTTPStatusError(statusCode: status)) == .failure)
    }

    @Test(arguments: [400, 401, 403, 404, 409, 422])
    func aThrownClientErrorIsNotRetried(status: Int) async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let attempts = AttemptCounter()
        await #expect(throws: HTTPStatusError(statusCode: status)) {
            try await pipeline(clock).execute { () async throws -> Int in
                attempts.next()
                throw HTTPStatusError(statusCode: status)
            }
        }
        #expect(attempts.value == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func aThrownRetryAfterIsWaitedAndTooLongOneEndsRetrying() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let attempts = AttemptCounter()
        let value = try await pipeline(clock).execute {
            if attempts.next() == 1 { throw HTTPStatusError(statusCode: 503, retryAfter: .seconds(7)) }
            return 1
        }
        #expect(value == 1)
        #expect(clock.sleeps == [.seconds(7)])

        let patient = ManualResilienceClock(autoAdvance: true)
        let tooLong = HTTPStatusError(statusCode: 429, retryAfter: .seconds(120))  // over maxRetryAfter (30 s)
        let tried = AttemptCounter()
        await #expect(throws: tooLong) {
            try await pipeline(patient).execute { () async throws -> Int in
                tried.next()
                throw tooLong
            }
        }
        #expect(tried.value == 1)
        #expect(patient.sleeps.isEmpty)
    }

    @Test func aCallerBuildsTheErrorFromAResponseWithItsRetryAfter() throws {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        #expect(HTTPStatusError(response: try response(503, ["Retry-After": "12"])) == HTTPStatusError(statusCode: 503, retryAfter: .seconds(12)))
        #expect(HTTPStatusError(response: try response(429, ["Retry-After": "Sun, 06 Nov 1994 08:50:07 GMT"]), now: now).retryAfter
            == .seconds(30))
        #expect(HTTPStatusError(response: try response(500)).retryAfter == nil)
    }

    @Test func aReturnedFailingResponseIsRetriedAfterItsRetryAfter() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let attempts = AttemptCounter()
        let unavailable = try response(503, ["Retry-After": "3"])
        let ok = try response(200)
        let last = try await pipeline(clock).execute { attempts.next() == 1 ? unavailable : ok }
        #expect(last.statusCode == 200)
        #expect(clock.sleeps == [.seconds(3)])

        let notFound = try response(404)
        let once = AttemptCounter()
        #expect(try await pipeline(clock).execute { () async throws -> HTTPURLResponse in
            once.next()
            return notFound
        }.statusCode == 404)
        #expect(once.value == 1)
    }

    @Test func theURLSessionHelperThrowsAndRetriesA5xxWithItsRetryAfter() async throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let session = URLSession(configuration: .ephemeral)
        let clock = ManualResilienceClock(autoAdvance: true)
        server.set(.failingNext(count: 2, status: 500, retryAfter: "2"))
        let (data, response) = try await session.data(for: URLRequest(url: server.url), through: pipeline(clock))
        #expect(response.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self) == "ok")
        #expect(server.requestCount == 3)
        #expect(clock.sleeps == [.seconds(2), .seconds(2)])

        server.set(.failingNext(count: 1, status: 404, retryAfter: nil))
        await #expect(throws: HTTPStatusError.self) {
            _ = try await session.data(for: URLRequest(url: server.url), through: pipeline(clock), failingStatuses: [404])
        }
        #expect(server.requestCount == 4)  // a 404 is not retried
    }
}
