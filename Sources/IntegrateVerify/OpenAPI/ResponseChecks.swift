import Foundation
import IntegrateCore

/// The checks run on one response to one planned request. Each is a small value with its id, so
/// the list reads as the catalog of what `verify openapi` checks.
public struct ResponseCheck: Sendable {
    public var id: VerifyCheckID
    /// Messages of the violations; empty when the response passes.
    public var evaluate: @Sendable (_ response: VerifyResponse, _ verifyCase: VerifyCase, _ operation: SpecOperation, _ document: OpenAPIDocument) -> [String]

    /// Every check, in the order their findings are reported.
    public static let all: [ResponseCheck] = [serverError, negativeDataAccepted, statusCode, contentType, responseHeaders, responseSchema]

    public static let serverError = ResponseCheck(id: .serverError) { response, _, _, _ in
        response.status >= 500 ? ["the provider answered \(response.status)"] : []
    }

    public static let negativeDataAccepted = ResponseCheck(id: .negativeDataAccepted) { response, verifyCase, _, _ in
        guard case .mustReject(let reason) = verifyCase.expectation, (200..<300).contains(response.status) else { return [] }
        return ["a request the spec forbids (\(reason)) was accepted with \(response.status)"]
    }

    public static let statusCode = ResponseCheck(id: .statusCode) { response, verifyCase, operation, _ in
        guard response.status < 500 else { return [] }
        if case .mustReject = verifyCase.expectation, (400..<500).contains(response.status) { return [] }
        guard documentedResponse(for: response.status, in: operation) == nil else { return [] }
        let documented = operation.responses.map(\.status).joined(separator: ", ")
        return ["status \(response.status) is not documented (documented: \(documented.isEmpty ? "none" : documented))"]
    }

    public static let contentType = ResponseCheck(id: .contentType) { response, verifyCase, operation, _ in
        if acceptedDespiteBreaking(response, verifyCase) { return [] }
        guard let documented = documentedResponse(for: response.status, in: operation), !documented.content.isEmpty, !response.body.isEmpty else { return [] }
        guard let mediaType = response.mediaType else { return ["the response has a body but no Content-Type (documented: \(documented.content.map(\.name).joined(separator: ", ")))"] }
        return documented.content.contains(where: { mediaMatches($0.name, mediaType) }) ? [] :
            ["Content-Type \(mediaType) is not documented for \(documented.status) (documented: \(documented.content.map(\.name).joined(separator: ", ")))"]
    }

    public static let responseHeaders = ResponseCheck(id: .responseHeaders) { response, verifyCase, operation, _ in
        if acceptedDespiteBreaking(response, verifyCase) { return [] }
        guard let documented = documentedResponse(for: response.status, in: operation) else { return [] }
        var messages: [String] = []
        for header in documented.headers where header.name.lowercased() != "content-type" {
            guard let value = response.header(header.name) else {
                if header.required { messages.append("required header `\(header.name)` is missing") }
                continue
            }
            guard let schema = header.schema else { continue }
            let node = Self.headerValue(value, schema: schema)
            let violations = SchemaValidator(direction: .response).violations(of: node, against: schema)
            if let first = violations.first { messages.append("header `\(header.name)`: \(first.message)") }
        }
        return messages
    }

    public static let responseSchema = ResponseCheck(id: .responseSchema) { response, verifyCase, operation, _ in
        if acceptedDespiteBreaking(response, verifyCase) { return [] }
        guard let documented = documentedResponse(for: response.status, in: operation), let mediaType = response.mediaType,
              VerifyCase.isJSON(mediaType) || mediaType.hasSuffix("/json") else { return [] }
        guard let schema = documented.content.first(where: { mediaMatches($0.name, mediaType) })?.schema else { return [] }
        if response.body.isEmpty { return ["the body is empty where \(documented.status) documents a \(mediaType) schema"] }
        guard let value = JSONNode.parse(response.body) else { return ["the body is not valid JSON although Content-Type is \(mediaType)"] }
        let violations = SchemaValidator(direction: .response).violations(of: value, against: schema)
        guard !violations.isEmpty else { return [] }
        let shown = violations.prefix(3).map(\.description).joined(separator: "; ")
        return ["the body does not match the \(documented.status) schema: \(shown)\(violations.count > 3 ? " (and \(violations.count - 3) more)" : "")"]
    }

    /// A breaking request answered 2xx is `negative-data-accepted`; its body is not checked further.
    static func acceptedDespiteBreaking(_ response: VerifyResponse, _ verifyCase: VerifyCase) -> Bool {
        if case .mustReject = verifyCase.expectation { return (200..<300).contains(response.status) }
        return false
    }

    /// The documented response for a status: the exact code, then its `4XX` range, then `default`.
    public static func documentedResponse(for status: Int, in operation: SpecOperation) -> SpecResponse? {
        let code = String(status)
        let range = "\(status / 100)XX"
        return operation.responses.first { $0.status == code }
            ?? operation.responses.first { $0.status.uppercased() == range }
            ?? operation.responses.first { $0.status == "default" }
    }

    static func mediaMatches(_ documented: String, _ actual: String) -> Bool {
        let pattern = documented.split(separator: ";", maxSplits: 1)[0].trimmingCharacters(in: .whitespaces).lowercased()
        if pattern == "*/*" || pattern == actual { return true }
        if pattern.hasSuffix("/*") { return actual.hasPrefix(String(pattern.dropLast(1))) }
        return false
    }

    static func headerValue(_ text: String, schema: Schema) -> SpecNode {
        switch schema.types.first {
        case "integer", "number": Double(text).map { SpecNode(.number($0, raw: text)) } ?? SpecNode(.string(text))
        case "boolean": text == "true" ? SpecNode(.bool(true)) : text == "false" ? SpecNode(.bool(false)) : SpecNode(.string(text))
        default: SpecNode(.string(text))
        }
    }
}
