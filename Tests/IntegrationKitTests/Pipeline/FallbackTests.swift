import Testing
@testable import IntegrationKit

@Suite struct FallbackTests {
    @Test func replacesHandledErrorsOnly() async throws {
        let fallback = Fallback<String>(handles: { $0 is ResilienceError }, substitute: { _ in "cached" })
        #expect(try await fallback.execute { throw ResilienceError.circuitOpen } == "cached")
        #expect(try await fallback.execute { "live" } == "live")
        await #expect(throws: TestFailure.self) { try await fallback.execute { throw TestFailure() } }
    }

    @Test func neverSwallowsCancellationByDefault() async throws {
        let fallback = Fallback<Int> { _ in 0 }
        await #expect(throws: CancellationError.self) { try await fallback.execute { throw CancellationError() } }
    }
}
