import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// An in-process provider: answers by a closure and records every request it got, in order.
final class FakeProvider: ProviderClient, @unchecked Sendable {
    private let lock = NSLock()
    private var received: [VerifyRequest] = []
    private let answer: @Sendable (VerifyRequest) -> VerifyResponse

    init(_ answer: @escaping @Sendable (VerifyRequest) -> VerifyResponse) { self.answer = answer }

    var requests: [VerifyRequest] { lock.withLock { received } }

    func send(_ request: VerifyRequest) async throws -> VerifyResponse {
        lock.withLock { received.append(request) }
        return answer(request)
    }
}

/// Replay of pacts through a fake provider and a fake state-change URL.
@Suite struct PactVerifierTests {
    static let pact = """
    {"consumer":{"name":"web"},"provider":{"name":"orders"},
     "interactions":[{"description":"order 7","providerStates":[{"name":"order exists","params":{"id":7}}],
       "request":{"method":"GET","path":"/orders/7","headers":{"Accept":"application/json"}},
       "response":{"status":200,"headers":{"Content-Type":"application/json","X-Version":"2"},
                   "body":{"id":7,"total":12.5},
                   "matchingRules":{"body":{"$.total":{"matchers":[{"match":"decimal"}]}}}}},
      {"description":"create","request":{"method":"POST","path":"/orders","headers":{"Content-Type":"application/json"},"body":{"item":"a\\"b"}},
       "response":{"status":201}}],
     "metadata":{"pactSpecification":{"version":"3.0.0"}}}
    """

    static func json(_ status: Int, _ body: String, headers: [VerifyHeader] = []) -> VerifyResponse {
        VerifyResponse(status: status, headers: [VerifyHeader("content-type", "application/json; charset=utf-8")] + headers, body: Data(body.utf8))
    }

    static func provider(status: Int = 200, body: String = "{\"id\":7,\"total\":99.25,\"extra\":true}", version: String = "2") -> FakeProvider {
        FakeProvider { request in
            request.method == "POST" ? VerifyResponse(status: 201) : json(status, body, headers: [VerifyHeader("x-version", version)])
        }
    }

    @Test func aConformingProviderGivesNoFinding() async throws {
        let provider = Self.provider()
        let report = try await PactVerifier(client: provider).verify([PactFile.read(text: Self.pact, file: "p.json")])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.exitCode == 0 && report.totalRequests == 2)
        #expect(report.operations.map(\.operation.description) == ["POST /orders", "GET /orders/7"])
        let post = try #require(provider.requests.first { $0.method == "POST" })
        #expect(post.body.map { String(decoding: $0, as: UTF8.self) } == "{\"item\":\"a\\\"b\"}")
        #expect(provider.requests.first?.headers == [VerifyHeader("Accept", "application/json")])
    }

    @Test func eachCheckIsItsOwnFinding() async throws {
        let pact = try PactFile.read(text: Self.pact, file: "p.json")
        let status = try await PactVerifier(client: Self.provider(status: 404)).verify([pact])
        #expect(status.findings.map(\.check) == [.pactStatus])
        #expect(status.findings.first?.operation.description == "GET /orders/7" && status.findings.first?.interaction == "web: order 7")
        let header = try await PactVerifier(client: Self.provider(version: "3")).verify([pact])
        #expect(header.findings.map(\.check) == [.pactHeaders])
        let body = try await PactVerifier(client: Self.provider(body: "{\"id\":8,\"total\":\"x\"}")).verify([pact])
        #expect(body.findings.map(\.check) == [.pactBody])
        #expect(body.findings.first?.message.contains("total") == true)
        #expect(body.exitCode == 1)
    }

    @Test func providerStatesAreSetUpAndTornDownAroundTheInteraction() async throws {
        let states = FakeProvider { _ in VerifyResponse(status: 200) }
        let provider = Self.provider()
        let verifier = PactVerifier(client: provider, stateChange: PactStateChange(client: states, path: "/_pact/state"))
        let report = try await verifier.verify([PactFile.read(text: Self.pact, file: "p.json")])
        #expect(report.findings.isEmpty)
        let bodies = states.requests.map { String(decoding: $0.body ?? Data(), as: UTF8.self) }
        #expect(bodies == [
            "{\"state\":\"order exists\",\"params\":{\"id\":7},\"action\":\"setup\"}",
            "{\"state\":\"order exists\",\"params\":{\"id\":7},\"action\":\"teardown\"}",
        ])
        #expect(states.requests.allSatisfy { $0.method == "POST" && $0.path == "/_pact/state" })
    }

    @Test func aRefusedStateIsAFindingAndTheInteractionIsNotSent() async throws {
        let states = FakeProvider { request in
            String(decoding: request.body ?? Data(), as: UTF8.self).contains("setup") ? VerifyResponse(status: 500, body: Data("no such state".utf8)) : VerifyResponse(status: 200)
        }
        let provider = Self.provider()
        let verifier = PactVerifier(client: provider, stateChange: PactStateChange(client: states, path: "/_pact/state"))
        let report = try await verifier.verify([PactFile.read(text: Self.pact, file: "p.json")])
        #expect(report.findings.map(\.check) == [.pactProviderState])
        #expect(report.findings.first?.message.contains("no such state") == true)
        #expect(provider.requests.map(\.method) == ["POST"])
        #expect(report.operations.first { $0.operation.method == "GET" }?.skippedReason != nil)
    }

    @Test func anUnreachableProviderIsAnErrorNotAFinding() async throws {
        struct Down: ProviderClient {
            func send(_ request: VerifyRequest) async throws -> VerifyResponse { throw VerifyError.unreachable(url: "http://127.0.0.1:9", reason: "refused") }
        }
        let pact = try PactFile.read(text: Self.pact, file: "p.json")
        await #expect(throws: VerifyError.self) { try await PactVerifier(client: Down()).verify([pact]) }
    }
}
