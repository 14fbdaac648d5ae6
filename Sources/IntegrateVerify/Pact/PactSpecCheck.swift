import Foundation
import IntegrateCore

/// Checks pact interactions against the provider's OpenAPI document without a running provider:
/// the request's path and method must be an operation of the spec (`pact-unknown-operation`), and
/// the expected status must be documented for it (`pact-undocumented-status`), the example bodies
/// must fit the spec's schemas (`pact-schema-mismatch`). The report also lists the documented
/// response fields no pact uses (`unusedResponseFields`), for the responses pacts expect.
public struct PactSpecCheck: Sendable {
    public var document: OpenAPIDocument

    public init(document: OpenAPIDocument) { self.document = document }

    /// One report over every interaction of `pacts`; operations are the spec's, by template.
    public func check(_ pacts: [PactFile]) -> VerifyReport {
        var findings: [VerifyFinding] = []
        var statuses: [VerifyOperationID: Set<Int>] = [:]
        var counts: [VerifyOperationID: Int] = [:]
        // (operation, documented status) -> the pact response bodies expected for it.
        var bodies: [ResponseKey: (operation: SpecOperation, response: SpecResponse, bodies: [SpecNode])] = [:]
        for pact in pacts {
            for interaction in pact.interactions {
                let label = "\(pact.consumer): \(interaction.description)"
                var request = PactVerifier.request(for: interaction)
                guard let operation = operation(for: interaction) else {
                    findings.append(VerifyFinding(operation: interaction.operation, check: .pactUnknownOperation, status: interaction.response.status,
                                                  message: "\(interaction.operation) is not an operation of \(document.displayName)", request: request, interaction: label))
                    continue
                }
                let id = VerifyOperationID(method: operation.method, pathTemplate: operation.path)
                request.pathTemplate = operation.path
                counts[id, default: 0] += 1
                guard let status = interaction.response.status else { continue }
                statuses[id, default: []].insert(status)
                if let documented = Self.documentedResponse(status, in: operation) {
                    let key = ResponseKey(operation: id, status: documented.status)
                    var entry = bodies[key] ?? (operation, documented, [])
                    if case .present(let body, _) = interaction.response.body { entry.bodies.append(body) }
                    bodies[key] = entry
                } else {
                    findings.append(VerifyFinding(operation: id, check: .pactUndocumentedStatus, status: status,
                                                  message: "status \(status) is not documented for \(id) (documented: \(operation.responses.map(\.status).joined(separator: ", ")))",
                                                  request: request, interaction: label))
                }
                let mismatches = schemaMismatches(interaction, operation, status: status)
                if !mismatches.isEmpty {
                    findings.append(VerifyFinding(operation: id, check: .pactSchemaMismatch, status: status, message: mismatches.joined(separator: "; "),
                                                  request: request, interaction: label))
                }
            }
        }
        let operations = document.operations.map { op -> VerifyOperationCoverage in
            let id = VerifyOperationID(method: op.method, pathTemplate: op.path)
            let seen = statuses[id] ?? []
            let never = op.responses.map(\.status).filter { documented in !seen.contains { Self.documentedResponse($0, in: op)?.status == documented } }
            return VerifyOperationCoverage(operation: id, requestsSent: counts[id] ?? 0, statusesSeen: seen.sorted(), documentedNeverSeen: never,
                                           skippedReason: counts[id] == nil ? "no pact interaction uses it" : nil)
        }.sorted { $0.operation < $1.operation }
        let unused = bodies.keys.sorted().flatMap { key -> [UnusedResponseField] in
            guard let entry = bodies[key], let schema = Self.jsonSchema(entry.response.content, nil) else { return [] }
            return PactUnusedFields(operation: key.operation, status: key.status).unused(in: schema, bodies: entry.bodies)
        }
        return VerifyReport(kind: "pact", sources: pacts.map(\.file) + [document.file], findings: findings, operations: operations, totalRequests: 0,
                            unusedResponseFields: unused)
    }

    private struct ResponseKey: Hashable, Comparable {
        var operation: VerifyOperationID
        var status: String
        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.operation, lhs.status) < (rhs.operation, rhs.status) }
    }

    /// The spec operation an interaction's method and concrete path belong to; a literal segment
    /// wins over a template one, as OpenAPI says. Paths may carry a server URL's base path.
    public func operation(for interaction: PactInteraction) -> SpecOperation? {
        let method = (interaction.request.method ?? "GET").lowercased()
        let path = interaction.request.path ?? "/"
        let candidates = [path] + Self.basePaths(document.servers).compactMap { base in
            path.hasPrefix(base + "/") ? String(path.dropFirst(base.count)) : nil
        }
        for candidate in candidates {
            let matching = document.operations.filter { $0.method.lowercased() == method && Self.template($0.path, matches: candidate) }
            if let best = matching.min(by: { Self.templateCount($0.path) < Self.templateCount($1.path) }) { return best }
        }
        return nil
    }

    /// The documented response for a status: exact, then `4XX`-style range, then `default`.
    static func documentedResponse(_ status: Int, in operation: SpecOperation) -> SpecResponse? {
        ResponseCheck.documentedResponse(for: status, in: operation)
    }

    /// Where the interaction's example bodies break the spec's JSON schemas: the request body
    /// against the request body schema, the response body against the documented response's.
    func schemaMismatches(_ interaction: PactInteraction, _ operation: SpecOperation, status: Int) -> [String] {
        var messages: [String] = []
        if case .present(let body, let type) = interaction.request.body, let schema = Self.jsonSchema(operation.requestBody?.content ?? [], type) {
            let violations = SchemaValidator(direction: .request).violations(of: body, against: schema)
            if !violations.isEmpty { messages.append("request body: " + violations.prefix(3).map(\.description).joined(separator: "; ")) }
        }
        if case .present(let body, let type) = interaction.response.body, let documented = Self.documentedResponse(status, in: operation),
           let schema = Self.jsonSchema(documented.content, type) {
            let violations = SchemaValidator(direction: .response).violations(of: body, against: schema)
            if !violations.isEmpty { messages.append("response body (\(documented.status)): " + violations.prefix(3).map(\.description).joined(separator: "; ")) }
        }
        return messages
    }

    /// The JSON schema of the media type a body is sent as (or the first JSON one).
    private static func jsonSchema(_ content: [SpecMediaType], _ contentType: String?) -> Schema? {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let media = content.first { type != nil && ResponseCheck.mediaMatches($0.name, type ?? "") } ?? content.first { VerifyCase.isJSON($0.name) }
        return media?.schema
    }

    /// Whether a concrete path fits a template (`/orders/{id}` fits `/orders/7`, not `/orders/7/items`).
    static func template(_ template: String, matches path: String) -> Bool {
        let t = template.split(separator: "/", omittingEmptySubsequences: true)
        let p = path.split(separator: "/", omittingEmptySubsequences: true)
        guard t.count == p.count else { return false }
        return zip(t, p).allSatisfy { segment(String($0), matches: String($1)) }
    }

    private static func segment(_ template: String, matches value: String) -> Bool {
        guard template.contains("{") else { return template == value }
        var pattern = "^"
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open])) + "[^/]+"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return value.range(of: pattern, options: .regularExpression) != nil
    }

    private static func templateCount(_ template: String) -> Int { template.filter { $0 == "{" }.count }

    /// Path parts of server URLs (`https://x/api/v1` → `/api/v1`), without a trailing slash.
    static func basePaths(_ servers: [String]) -> [String] {
        servers.compactMap { server in
            let path = URLComponents(string: server)?.path ?? (server.hasPrefix("/") ? server : "")
            let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
            return trimmed.isEmpty ? nil : trimmed
        }
    }
}
