import Foundation
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

    @Test func onlyHTTPURLsAreAccepted() {
        #expect(throws: VerifyError.self) { try HTTPProviderClient(baseURL: "file:///etc/passwd") }
        #expect(throws: VerifyError.self) { try HTTPProviderClient(baseURL: "localhost:8080") }
    }
}
