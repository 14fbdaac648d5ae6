import Foundation
import IntegrateCore
@testable import IntegrateVerify

/// Our own test provider: a small orders API and its spec, with violations we plant ourselves.
/// `clean` answers as the spec says; every other mode breaks exactly one thing.
enum OrdersProvider {
    enum Mode: String, CaseIterable, Sendable {
        case clean
        /// GET /orders returns `quantity` as a string (response-schema).
        case wrongFieldType
        /// GET /orders accepts `limit` out of range (negative-data-accepted).
        case acceptsOutOfRange
        /// POST /orders with status `paid` fails with 500 (server-error).
        case crashesOnEnumValue
        /// POST /orders answers 201 without its required Location header (response-headers).
        case missingLocation
        /// GET /orders/{id} answers 200 as text/plain (content-type).
        case textBody
        /// GET /orders/{id} answers 202, which the spec does not document (status-code).
        case undocumentedStatus
        /// DELETE /orders answers 204 although the spec declares no DELETE (undeclared-method).
        case acceptsDelete

        /// The check a planted violation must be found by, nil for the clean provider.
        var expectedCheck: VerifyCheckID? {
            switch self {
            case .clean: nil
            case .wrongFieldType: .responseSchema
            case .acceptsOutOfRange: .negativeDataAccepted
            case .crashesOnEnumValue: .serverError
            case .missingLocation: .responseHeaders
            case .textBody: .contentType
            case .undocumentedStatus: .statusCode
            case .acceptsDelete: .undeclaredMethod
            }
        }
    }

    static let spec = """
    openapi: 3.0.3
    info: {title: Orders, version: "1.0"}
    servers: [{url: "http://orders:8080"}]
    paths:
      /orders:
        get:
          parameters:
            - {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 100}}
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {type: array, items: {$ref: "#/components/schemas/Order"}}
            "400": {description: bad limit}
        post:
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: "#/components/schemas/NewOrder"}
          responses:
            "201":
              description: created
              headers:
                Location: {required: true, schema: {type: string}}
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Order"}
            "400": {description: bad order}
      /orders/{id}:
        get:
          parameters:
            - {name: id, in: path, required: true, schema: {type: integer}}
          responses:
            "200":
              description: ok
              content:
                application/json:
                  schema: {$ref: "#/components/schemas/Order"}
            "404": {description: no such order}
    components:
      schemas:
        NewOrder:
          type: object
          required: [item, quantity]
          properties:
            item: {type: string, maxLength: 20}
            quantity: {type: integer, minimum: 1}
            status: {type: string, enum: [new, paid]}
        Order:
          type: object
          required: [id, item, quantity]
          properties:
            id: {type: integer}
            item: {type: string}
            quantity: {type: integer}
            status: {type: string, enum: [new, paid]}
    """

    static func document() throws -> OpenAPIDocument { try SpecLoader().load(text: spec, name: "orders.yaml") }

    static func json(_ status: Int, _ text: String, headers: [VerifyHeader] = []) -> VerifyResponse {
        VerifyResponse(status: status, headers: [VerifyHeader("Content-Type", "application/json")] + headers, body: Data(text.utf8))
    }

    /// The provider's answer to one request in one mode.
    static func answer(_ request: VerifyRequest, mode: Mode) -> VerifyResponse {
        let segments = request.path.split(separator: "/").map(String.init)
        switch (request.method, segments.count) {
        case ("GET", 1) where segments == ["orders"]:
            if let limit = request.query.first(where: { $0.name == "limit" })?.value {
                guard let number = Int(limit), (1...100).contains(number) || mode == .acceptsOutOfRange else { return json(400, #"{"error":"limit"}"#) }
            }
            return json(200, mode == .wrongFieldType ? #"[{"id":1,"item":"a","quantity":"one"}]"# : #"[{"id":1,"item":"a","quantity":1}]"#)
        case ("POST", 1) where segments == ["orders"]:
            guard let body = request.body, let value = JSONNode.parse(body), let item = value["item"]?.string, item.count <= 20,
                  let quantity = value["quantity"]?.number, quantity.rounded() == quantity, quantity >= 1,
                  ["new", "paid", nil].contains(value["status"]?.string), value["status"] == nil || value["status"]?.string != nil else {
                return json(400, #"{"error":"order"}"#)
            }
            if mode == .crashesOnEnumValue, value["status"]?.string == "paid" { return json(500, #"{"error":"boom"}"#) }
            let location = mode == .missingLocation ? [] : [VerifyHeader("Location", "/orders/7")]
            return json(201, #"{"id":7,"item":"\#(item)","quantity":\#(Int(quantity))}"#, headers: location)
        case ("GET", 2) where segments[0] == "orders":
            guard let id = Int(segments[1]) else { return VerifyResponse(status: 404) }
            if mode == .textBody { return VerifyResponse(status: 200, headers: [VerifyHeader("Content-Type", "text/plain")], body: Data("order \(id)".utf8)) }
            if mode == .undocumentedStatus { return json(202, #"{"id":\#(id),"item":"a","quantity":2}"#) }
            return json(200, #"{"id":\#(id),"item":"a","quantity":2}"#)
        case ("DELETE", 1) where mode == .acceptsDelete: return VerifyResponse(status: 204)
        case (_, 1) where segments == ["orders"], (_, 2) where segments[0] == "orders": return VerifyResponse(status: 405)
        default: return VerifyResponse(status: 404)
        }
    }
}

/// The provider in process: answers through `OrdersProvider.answer` and records what it got.
final class InProcessProvider: ProviderClient {
    let mode: OrdersProvider.Mode
    private let log = RequestLog()

    init(mode: OrdersProvider.Mode) { self.mode = mode }

    func send(_ request: VerifyRequest) async throws -> VerifyResponse {
        await log.append(request)
        return OrdersProvider.answer(request, mode: mode)
    }

    var requests: [VerifyRequest] { get async { await log.requests } }
}

actor RequestLog {
    private(set) var requests: [VerifyRequest] = []
    func append(_ request: VerifyRequest) { requests.append(request) }
}
