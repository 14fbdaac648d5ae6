import Foundation
import IntegrateCore

/// Replays the HTTP interactions of pact files against a provider: sets the provider states up,
/// sends each request, matches the response with `PactMatcher` and tears the states down.
/// Each interaction is one operation (`METHOD /concrete/path`) in the report.
public struct PactVerifier: Sendable {
    public var client: any ProviderClient
    public var stateChange: PactStateChange?

    public init(client: any ProviderClient, stateChange: PactStateChange? = nil) {
        self.client = client
        self.stateChange = stateChange
    }

    /// Verifies every interaction of `pacts`. Throws `VerifyError` when the provider (or the
    /// state-change URL) cannot be reached; mismatches become findings.
    public func verify(_ pacts: [PactFile]) async throws -> VerifyReport {
        var findings: [VerifyFinding] = []
        var coverage: [VerifyOperationID: (sent: Int, statuses: Set<Int>)] = [:]
        var total = 0
        for pact in pacts {
            for interaction in pact.interactions {
                let request = Self.request(for: interaction)
                let label = "\(pact.consumer): \(interaction.description)"
                if coverage[interaction.operation] == nil { coverage[interaction.operation] = (0, []) }
                if let failure = try await setUp(interaction, request: request, label: label) {
                    findings.append(failure)
                    try await tearDown(interaction)
                    continue
                }
                let response = try await client.send(request)
                total += 1
                coverage[interaction.operation, default: (0, [])].sent += 1
                coverage[interaction.operation, default: (0, [])].statuses.insert(response.status)
                findings += Self.findings(interaction, request: request, response: response, label: label)
                try await tearDown(interaction)
            }
        }
        let operations = coverage.keys.sorted().map { id in
            VerifyOperationCoverage(operation: id, requestsSent: coverage[id]?.sent ?? 0, statusesSeen: (coverage[id]?.statuses ?? []).sorted(), documentedNeverSeen: [],
                                    skippedReason: coverage[id]?.sent == 0 ? "a provider state could not be set up" : nil)
        }
        return VerifyReport(kind: "pact", sources: pacts.map(\.file), findings: findings, operations: operations, totalRequests: total)
    }

    private func setUp(_ interaction: PactInteraction, request: VerifyRequest, label: String) async throws -> VerifyFinding? {
        guard let stateChange else { return nil }
        for state in interaction.providerStates {
            if let reason = try await stateChange.change(state, .setup) {
                return VerifyFinding(operation: interaction.operation, check: .pactProviderState, status: nil, message: reason, request: request, interaction: label)
            }
        }
        return nil
    }

    private func tearDown(_ interaction: PactInteraction) async throws {
        guard let stateChange else { return }
        // A teardown that fails leaves nothing to report against the interaction; the next setup says so if it matters.
        for state in interaction.providerStates.reversed() { _ = try await stateChange.change(state, .teardown) }
    }

    /// The request an interaction's expected request describes, on the wire.
    public static func request(for interaction: PactInteraction) -> VerifyRequest {
        let part = interaction.request
        let path = part.path ?? "/"
        let query = (part.query ?? [:]).keys.sorted().flatMap { name in (part.query?[name] ?? []).map { VerifyHeader(name, $0) } }
        var headers = part.headers.map { VerifyHeader($0.name, $0.value) }
        var body: Data?
        switch part.body {
        case .missing, .null: body = nil
        case .present(let node, let type):
            if let text = node.string, !PactHTTPPart.isJSON(type) {
                body = Data(text.utf8)
            } else {
                body = Data(JSONNode.text(node).utf8)
                if type == nil, !headers.contains(where: { $0.name.lowercased() == "content-type" }) { headers.append(VerifyHeader("Content-Type", "application/json")) }
            }
        }
        return VerifyRequest(method: part.method ?? "GET", pathTemplate: path, path: path, query: query, headers: headers, body: body)
    }

    /// The provider's response as the matcher reads an actual response.
    public static func actualPart(_ response: VerifyResponse) -> PactHTTPPart {
        let headers = response.headers.map { (name: $0.name, value: $0.value) }
        let type = response.header("Content-Type")
        let body: PactHTTPPart.Body
        if response.body.isEmpty {
            body = .missing
        } else {
            let text = String(decoding: response.body, as: UTF8.self)
            if PactHTTPPart.isJSON(type), let node = try? SpecNodeReader.read(text: text, file: "response", limits: .pact) {
                body = .present(node, contentType: type)
            } else {
                body = .present(SpecNode(.string(text)), contentType: type)
            }
        }
        return PactHTTPPart(headers: headers, status: response.status, body: body)
    }

    /// Mismatches between the pact's response and the provider's, one finding per check.
    static func findings(_ interaction: PactInteraction, request: VerifyRequest, response: VerifyResponse, label: String) -> [VerifyFinding] {
        let mismatches = PactMatcher(kind: .response).match(expected: interaction.response, actual: actualPart(response))
        var grouped: [VerifyCheckID: [PactMismatch]] = [:]
        for mismatch in mismatches {
            let check: VerifyCheckID = mismatch.path == "$.status" ? .pactStatus : mismatch.path.hasPrefix("$.header") ? .pactHeaders : .pactBody
            grouped[check, default: []].append(mismatch)
        }
        return [VerifyCheckID.pactStatus, .pactHeaders, .pactBody].compactMap { check in
            guard let list = grouped[check] else { return nil }
            return VerifyFinding(operation: interaction.operation, check: check, status: response.status,
                                 message: list.map(\.description).joined(separator: "; "), request: request, interaction: label)
        }
    }
}
