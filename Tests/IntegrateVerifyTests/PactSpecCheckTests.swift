import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// Pacts checked against an OpenAPI document we write here, without a provider.
@Suite struct PactSpecCheckTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: orders, version: "1"}
    servers: [{url: "https://orders.example/api"}]
    paths:
      /orders/{id}:
        get:
          responses:
            "200": {description: ok}
            "4XX": {description: client error}
      /orders/mine:
        get:
          responses:
            "200": {description: ok}
      /orders:
        post:
          responses:
            "201": {description: created}
    """

    static func interaction(_ method: String, _ path: String, _ status: Int) -> PactInteraction {
        PactInteraction(description: "\(method) \(path)", request: PactHTTPPart(method: method, path: path), response: PactHTTPPart(status: status))
    }

    static func check(_ interactions: [PactInteraction]) throws -> VerifyReport {
        let document = try SpecLoader().load(text: spec, name: "orders.yaml")
        return PactSpecCheck(document: document).check([PactFile(file: "p.json", consumer: "web", provider: "orders", interactions: interactions)])
    }

    @Test func documentedInteractionsGiveNoFinding() throws {
        let report = try Self.check([Self.interaction("GET", "/orders/7", 200), Self.interaction("GET", "/api/orders/7", 404), Self.interaction("POST", "/orders", 201)])
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        let get = try #require(report.operations.first { $0.operation.description == "GET /orders/{id}" })
        #expect(get.requestsSent == 2 && get.statusesSeen == [200, 404] && get.documentedNeverSeen.isEmpty)
        #expect(report.operations.first { $0.operation.description == "GET /orders/mine" }?.skippedReason != nil)
    }

    @Test func aLiteralSegmentWinsOverATemplate() throws {
        let document = try SpecLoader().load(text: Self.spec, name: "orders.yaml")
        #expect(PactSpecCheck(document: document).operation(for: Self.interaction("GET", "/orders/mine", 200))?.path == "/orders/mine")
        #expect(PactSpecCheck(document: document).operation(for: Self.interaction("GET", "/orders/8", 200))?.path == "/orders/{id}")
    }

    @Test func unknownPathOrMethodAndUndocumentedStatusAreFindings() throws {
        let report = try Self.check([
            Self.interaction("DELETE", "/orders/7", 204),
            Self.interaction("GET", "/orders/7/items", 200),
            Self.interaction("POST", "/orders", 200),
            Self.interaction("GET", "/orders/7", 500),
        ])
        #expect(report.findings.map(\.check) == [.pactUnknownOperation, .pactUnknownOperation, .pactUndocumentedStatus, .pactUndocumentedStatus])
        #expect(report.findings[2].operation.description == "POST /orders" && report.findings[3].operation.description == "GET /orders/{id}")
        #expect(report.operations.first { $0.operation.description == "GET /orders/{id}" }?.documentedNeverSeen == ["200", "4XX"])
    }
}

/// Pact example bodies held against the spec's schemas (`pact-schema-mismatch`).
@Suite struct PactSpecSchemaTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: orders, version: "1"}
    paths:
      /orders:
        post:
          requestBody:
            content:
              application/json:
                schema: {type: object, required: [item], properties: {item: {type: string}, quantity: {type: integer}}}
          responses:
            "201":
              description: created
              content:
                application/json:
                  schema: {type: object, required: [id], properties: {id: {type: integer}, status: {type: string, enum: [new, paid]}}}
    """

    func check(request: String, response: String) throws -> VerifyReport {
        let document = try SpecLoader().load(text: Self.spec, name: "orders.yaml")
        let json = { (text: String) in try SpecNodeReader.read(text: text, file: "pact.json") }
        let interaction = PactInteraction(description: "create", request: PactHTTPPart(method: "POST", path: "/orders", body: .present(try json(request), contentType: "application/json")),
                                          response: PactHTTPPart(status: 201, body: .present(try json(response), contentType: "application/json")))
        return PactSpecCheck(document: document).check([PactFile(file: "p.json", consumer: "web", provider: "orders", interactions: [interaction])])
    }

    @Test func bodiesThatFitTheSchemasGiveNoFinding() throws {
        #expect(try check(request: #"{"item": "a", "quantity": 2}"#, response: #"{"id": 7, "status": "new"}"#).findings.isEmpty)
    }

    @Test func aRequestOrResponseBodyOutsideTheSchemaIsAFinding() throws {
        let request = try check(request: #"{"quantity": "two"}"#, response: #"{"id": 7}"#)
        #expect(request.findings.map(\.check) == [.pactSchemaMismatch])
        #expect(request.findings.first?.message.contains("request body") == true)
        #expect(request.findings.first?.message.contains("`item` is missing") == true)
        let response = try check(request: #"{"item": "a"}"#, response: #"{"id": "7", "status": "lost"}"#)
        #expect(response.findings.map(\.check) == [.pactSchemaMismatch])
        #expect(response.findings.first?.message.contains("response body (201)") == true)
    }
}
