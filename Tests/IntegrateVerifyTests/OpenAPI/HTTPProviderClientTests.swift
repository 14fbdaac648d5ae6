import Foundation
import NIOCore
import Testing
@testable import IntegrateVerify

/// The live client against our loopback provider: the same findings as in process, and a dead
/// port ends the run with `unreachable`, quickly and boundedly.
@Suite(.timeLimit(.minutes(1))) struct HTTPProviderClientTests {
    @Test func overHTTPTheCleanProviderPassesAndAPlantedViolationIsFound() async throws {
        for mode in [OrdersProvider.Mode.clean, .crashesOnEnumValue, .missingLocation] {
            let provider = try await LoopbackProvider.start(mode: mode)
            let client = try HTTPProviderClient(baseURL: provider.baseURL, timeout: 5)
            try await client.waitUntilReachable(attempts: 3)
            let report = try await OpenAPIVerifier().verify(try OrdersProvider.document(), with: client)
            await client.shutdown()
            try await provider.stop()
            #expect(report.findings.map(\.check) == (mode.expectedCheck.map { [$0] } ?? []), "\(mode): \(report.findings.map(\.message))")
        }
    }

    @Test func aDeadPortIsUnreachable() async throws {
        // Bind and close to find a port nothing listens on.
        let provider = try await LoopbackProvider.start(mode: .clean)
        let url = provider.baseURL
        try await provider.stop()
        let client = try HTTPProviderClient(baseURL: url, timeout: 2)
        let started = ContinuousClock.now
        await #expect(throws: VerifyError.self) { try await client.waitUntilReachable(attempts: 2) }
        #expect(ContinuousClock.now - started < .seconds(20))
        await client.shutdown()
    }

    @Test func aSlowProviderTimesOut() async throws {
        let provider = try await LoopbackProvider.start(mode: .clean, delay: .milliseconds(2000))
        let client = try HTTPProviderClient(baseURL: provider.baseURL, timeout: 0.3)
        let started = ContinuousClock.now
        await #expect(throws: VerifyError.timedOut(url: provider.baseURL, seconds: 0.3)) {
            _ = try await client.send(VerifyRequest(method: "GET", pathTemplate: "/orders", path: "/orders"))
        }
        #expect(ContinuousClock.now - started < .milliseconds(1800), "the timeout, not the provider's answer, ends the request")
        await client.shutdown()
        try await provider.stop()
    }

    @Test func onlyHTTPURLsAreAccepted() {
        #expect(throws: VerifyError.self) { try HTTPProviderClient(baseURL: "file:///etc/passwd") }
        #expect(throws: VerifyError.self) { try HTTPProviderClient(baseURL: "localhost:8080") }
    }
}
