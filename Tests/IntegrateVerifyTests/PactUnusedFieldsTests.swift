import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// `verify pact --spec` lists the documented response fields no pact uses, with the schema path
/// and the spec file:line, as information (never a finding).
@Suite struct PactUnusedFieldsTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: orders, version: "1"}
    paths:
      /orders/{id}:
        get:
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Order"}
            "404":
              description: none
              content:
                application/json:
                  schema: {type: object, properties: {message: {type: string}}}
      /health:
        get:
          responses:
            "200":
              description: up
              content:
                application/json:
                  schema: {type: object, properties: {status: {type: string}}}
    components:
      schemas:
        Base:
          type: object
          properties:
            id: {type: string}
            created: {type: string}
        Order:
          allOf:
            - $ref: "#/components/schemas/Base"
            - type: object
              properties:
                total: {type: number}
                "unit price": {type: number}
                lines:
                  type: array
                  items:
                    type: object
                    properties:
                      sku: {type: string}
                      qty: {type: integer}
                shipping:
                  type: object
                  properties:
                    street: {type: string}
                    city: {type: string}
    """

    /// The 1-based line of the first spec line that starts (after indentation) with `prefix`.
    static func line(_ prefix: String) -> Int {
        (spec.components(separatedBy: "\n").firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(prefix) } ?? -1) + 1
    }

    static func interaction(_ body: String) throws -> PactInteraction {
        let node = try SpecNodeReader.read(text: body, file: "pact.json")
        return PactInteraction(description: "an order", request: PactHTTPPart(method: "GET", path: "/orders/7"),
                               response: PactHTTPPart(status: 200, body: .present(node, contentType: "application/json")))
    }

    static func check(_ interactions: [PactInteraction]) throws -> VerifyReport {
        let document = try SpecLoader().load(text: spec, name: "orders.yaml")
        return PactSpecCheck(document: document).check([PactFile(file: "p.json", consumer: "web", provider: "orders", interactions: interactions)])
    }

    @Test func fieldsNoPactReadsAreListedOutermostFirst() throws {
        let report = try Self.check([try Self.interaction(#"{"id": "7", "total": 3, "lines": [{"sku": "a"}]}"#)])
        #expect(report.findings.isEmpty, "unused fields are information, not findings: \(report.findings.map(\.message))")
        let unused = try #require(report.unusedResponseFields)
        let order = VerifyOperationID(method: "GET", pathTemplate: "/orders/{id}")
        #expect(unused == [
            UnusedResponseField(operation: order, status: "200", path: "$.created", file: "orders.yaml", line: Self.line("created:")),
            UnusedResponseField(operation: order, status: "200", path: "$['unit price']", file: "orders.yaml", line: Self.line("\"unit price\":")),
            UnusedResponseField(operation: order, status: "200", path: "$.lines[*].qty", file: "orders.yaml", line: Self.line("qty:")),
            // A block-style schema starts on the line after the property's name.
            UnusedResponseField(operation: order, status: "200", path: "$.shipping", file: "orders.yaml", line: Self.line("shipping:") + 1),
        ], "the 404 and /health no pact expects are not listed; shipping's street and city are one entry")
        let text = VerifyRenderer(baseURL: "http://provider").text(report)
        #expect(text.contains("  GET /orders/{id} 200 $.shipping  (orders.yaml:\(Self.line("shipping:") + 1))"))
        #expect(StableJSON.encode(report).contains(#""path" : "$.lines[*].qty""#))
    }

    @Test func fieldsAnyPactReadsAreUsedAndAFullyReadResponseListsNothing() throws {
        let report = try Self.check([
            try Self.interaction(#"{"id": "7", "created": "x", "total": 3, "unit price": 1}"#),
            try Self.interaction(#"{"lines": [{"sku": "a", "qty": 1}], "shipping": {"street": "s", "city": "c"}}"#),
        ])
        #expect(report.unusedResponseFields == [])
    }

    @Test func anInteractionWithoutABodyUsesNoField() throws {
        let bare = PactInteraction(description: "exists", request: PactHTTPPart(method: "GET", path: "/orders/7"), response: PactHTTPPart(status: 200))
        let paths = try Self.check([bare]).unusedResponseFields?.map(\.path)
        #expect(paths == ["$.id", "$.created", "$.total", "$['unit price']", "$.lines", "$.shipping"])
    }

    @Test func runsAgainstAProviderCarryNoList() throws {
        let report = VerifyReport(kind: "openapi", sources: ["s.yaml"], findings: [], operations: [], totalRequests: 0)
        #expect(!StableJSON.encode(report).contains("unusedResponseFields"))
    }
}
