import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// `verify openapi` against our own provider: each planted violation found by its check, none on
/// the clean provider, bounded and reproducible.
@Suite struct OpenAPIVerifierTests {
    func verify(_ mode: OrdersProvider.Mode, _ configure: (inout OpenAPIVerifier.Options) -> Void = { _ in }) async throws -> (VerifyReport, InProcessProvider) {
        var options = OpenAPIVerifier.Options()
        configure(&options)
        let provider = InProcessProvider(mode: mode)
        let report = try await OpenAPIVerifier(options: options).verify(try OrdersProvider.document(), with: provider)
        return (report, provider)
    }

    @Test func theCleanProviderPasses() async throws {
        let (report, _) = try await verify(.clean)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.exitCode == 0)
        #expect(report.operations.count == 3)
        #expect(report.operations.allSatisfy { $0.requestsSent > 0 && $0.documentedNeverSeen.isEmpty })
    }

    @Test(arguments: OrdersProvider.Mode.allCases.filter { $0 != .clean })
    func eachPlantedViolationIsFound(mode: OrdersProvider.Mode) async throws {
        let (report, _) = try await verify(mode)
        let expected = try #require(mode.expectedCheck)
        #expect(report.findings.map(\.check).contains(expected), "\(mode): \(report.findings.map { "\($0.check.rawValue): \($0.message)" })")
        #expect(report.exitCode == 1)
    }

    @Test func aFindingNamesTheOperationTheRequestAndTheConsumers() async throws {
        var options = OpenAPIVerifier.Options()
        options.headers = [VerifyHeader("Authorization", "Bearer s3cret")]
        let report = try await OpenAPIVerifier(options: options, consumers: { $0.method == "POST" ? ["checkout"] : [] })
            .verify(try OrdersProvider.document(), with: InProcessProvider(mode: .crashesOnEnumValue))
        let finding = try #require(report.findings.first { $0.check == .serverError })
        #expect(finding.operation.description == "POST /orders")
        #expect(finding.status == 500)
        #expect(finding.consumers == ["checkout"])
        #expect(String(decoding: finding.request.body ?? Data(), as: UTF8.self).contains(#""status":"paid""#))
        // The person's header is sent but never shown back.
        #expect(finding.request.headers.contains(VerifyHeader("Authorization", "[redacted]")))
        #expect(!StableJSON.encode(report).contains("s3cret"))
    }

    @Test func aBreakingRequestIsShrunkButKeepsWhatItBreaks() async throws {
        let (report, _) = try await verify(.acceptsOutOfRange)
        let finding = try #require(report.findings.first { $0.check == .negativeDataAccepted })
        #expect(finding.request.query.contains { $0.name == "limit" }, "the shrunk request lost the parameter it breaks")
    }

    @Test func requestsAreBoundedInAllAndPerOperation() async throws {
        let (report, provider) = try await verify(.clean) { $0.maxRequests = 4 }
        #expect(await provider.requests.count == 4)
        #expect(report.totalRequests == 4)
        let (perOperation, _) = try await verify(.clean) { $0.maxRequestsPerOperation = 1; $0.probeUndeclaredMethods = false }
        #expect(perOperation.operations.allSatisfy { $0.requestsSent == 1 })
    }

    @Test func aRunThatExercisedLittleDoesNotPassSilently() async throws {
        let (report, _) = try await verify(.clean) { $0.maxRequests = 1 }
        #expect(report.findings.map(\.check) == [.insufficientCoverage])
        #expect(report.operations.filter { $0.requestsSent == 0 }.allSatisfy { $0.skippedReason != nil })
    }

    @Test func documentedResponsesNeverSeenAreReported() async throws {
        let (report, _) = try await verify(.clean) { $0.maxRequestsPerOperation = 1 }
        let list = try #require(report.operations.first { $0.operation.description == "GET /orders" })
        #expect(list.statusesSeen == [200])
        #expect(list.documentedNeverSeen == ["400"])
    }

    @Test func theSameSpecGivesTheSameRequests() async throws {
        let (_, first) = try await verify(.clean) { $0.maxRequestsPerOperation = 3; $0.seed = 7 }
        let (_, second) = try await verify(.clean) { $0.maxRequestsPerOperation = 3; $0.seed = 7 }
        #expect(await first.requests == second.requests)
    }

    @Test func anUnreachableProviderEndsTheRunWithAnError() async throws {
        struct Dead: ProviderClient {
            func send(_ request: VerifyRequest) async throws -> VerifyResponse { throw VerifyError.unreachable(url: "http://127.0.0.1:9", reason: "connection refused") }
        }
        await #expect(throws: VerifyError.self) { try await OpenAPIVerifier().verify(try OrdersProvider.document(), with: Dead()) }
    }

    @Test func renderersCarryTheFindings() async throws {
        let (report, _) = try await verify(.wrongFieldType)
        let renderer = VerifyRenderer(baseURL: "http://127.0.0.1:8080")
        let text = renderer.text(report)
        #expect(text.contains("GET /orders  [response-schema] (200)"))
        #expect(text.contains("reproduce: curl -X GET"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try renderer.render(report, as: .json).utf8)) as? [String: Any])
        #expect((json["findings"] as? [[String: Any]])?.first?["check"] as? String == "response-schema")
        #expect((json["findings"] as? [[String: Any]])?.first?["operation"] as? String == "GET /orders")
        #expect(json["totalRequests"] as? Int == report.totalRequests)
        let junit = renderer.junit(report)
        #expect(junit.contains(#"<testcase classname="openapi" name="GET /orders">"#))
        #expect(junit.contains(#"<failure type="response-schema""#))
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(try renderer.sarif(report).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [[String: Any]])?.first?["ruleId"] as? String == "response-schema")
    }
}
