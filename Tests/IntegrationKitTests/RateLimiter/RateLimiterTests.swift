import Testing
@testable import IntegrationKit

@Suite struct RateLimiterTests {
    @Test func allowsTheBurstThenRejectsUntilRefilled() throws {
        let clock = ManualResilienceClock()
        let limiter = try RateLimiter(permitsPerSecond: 10, burst: 3, clock: clock)
        #expect((0..<5).filter { _ in limiter.tryAcquire() }.count == 3)
        clock.advance(by: .milliseconds(100))
        #expect(limiter.tryAcquire())
        #expect(!limiter.tryAcquire())
        clock.advance(by: .seconds(60))
        #expect((0..<5).filter { _ in limiter.tryAcquire() }.count == 3)
    }

    @Test func waitsForAReservedTokenWithinMaxWait() async throws {
        let clock = ManualResilienceClock(autoAdvance: true)
        let limiter = try RateLimiter(permitsPerSecond: 4, burst: 1, maxWait: .milliseconds(600), clock: clock)
        try await limiter.acquire()
        try await limiter.acquire()
        #expect(clock.sleeps == [.milliseconds(250)])
    }

    @Test func rejectsWhenTheWaitWouldExceedMaxWait() async throws {
        let clock = ManualResilienceClock()
        let limiter = try RateLimiter(permitsPerSecond: 1, burst: 1, maxWait: .milliseconds(500), clock: clock)
        try await limiter.acquire()
        await #expect(throws: ResilienceError.rateLimited) { try await limiter.acquire() }
    }
}
