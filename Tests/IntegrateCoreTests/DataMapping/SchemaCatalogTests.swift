import Foundation
import Testing
@testable import IntegrateCore

@Suite struct SchemaCatalogTests {
    @Test func protoMessagesEnumsNestedTypesAndRpcs() throws {
        let text = """
        syntax = "proto3";
        package shop.v1;
        // a comment with message Fake { }
        service Orders {
          rpc Place(PlaceRequest) returns (Order);
          rpc Watch(stream WatchRequest) returns (stream Order) {}
        }
        message PlaceRequest { string customer_id = 1; repeated Line lines = 2; map<string, int32> tags = 3;
          message Line { string sku = 1; int64 quantity = 2; }
        }
        message Order {
          string id = 1;
          Status status = 2;
          oneof payment { string card_token = 3; string iban = 4; }
          google.protobuf.Timestamp created_at = 5;
          enum Status { STATUS_UNSPECIFIED = 0; PAID = 1; }
        }
        """
        let contract = ProtoSchemaReader(path: "p/shop.proto").read(text)
        #expect(contract.identity == "proto shop.v1")
        #expect(contract.operations.map(\.label) == ["Orders.Place", "Orders.Watch"])
        #expect(contract.operations[1].request == "WatchRequest" && contract.operations[1].response == "Order")
        let request = try #require(contract.shape("PlaceRequest"))
        #expect(request.fields.map(\.name) == ["customer_id", "lines", "tags"])
        #expect(request.field("lines")?.kind == .array && request.field("lines")?.reference == "Line")
        #expect(request.field("tags")?.kind == .object)
        #expect(contract.shape("PlaceRequest.Line")?.field("quantity")?.format == "int64")
        let order = try #require(contract.shape("Order"))
        #expect(order.field("status")?.enumValues == ["STATUS_UNSPECIFIED", "PAID"], "a field typed by a nested enum carries its values")
        #expect(order.field("status")?.kind == .string)
        #expect(order.field("iban")?.required == false)
        #expect(order.field("created_at")?.format == "date-time")
        #expect(order.field("id")?.location.line == 12)
        #expect(contract.shape("Fake") == nil, "comments are not read")
    }

    @Test func graphQLTypesInputsEnumsAndRootFields() {
        let text = """
        # type Ignored { a: Int }
        type Query { order(id: ID!): Order, orders: [Order!]! }
        \"\"\"An order.\"\"\"
        type Order implements Node @key(fields: "id") {
          id: ID!
          total: Float
          status: Status! @deprecated(reason: "x")
          lines: [Line!]!
        }
        input NewOrder { customerEmail: String!, note: String = "none" }
        enum Status { PAID SHIPPED }
        """
        let contract = GraphQLSchemaReader(path: "s.graphql").read(text)
        #expect(contract.operations.map(\.label) == ["Query.order", "Query.orders"])
        #expect(contract.operations.first?.response == "Order")
        let order = contract.shape("Order")
        #expect(order?.fields.map(\.name) == ["id", "total", "status", "lines"])
        #expect(order?.field("id")?.required == true && order?.field("total")?.required == false)
        #expect(order?.field("status")?.enumValues == ["PAID", "SHIPPED"])
        #expect(order?.field("lines")?.kind == .array)
        #expect(contract.shape("NewOrder")?.field("customerEmail")?.kind == .string)
        #expect(contract.shape("Ignored") == nil)
    }

    @Test func avroRecordsUnionsDefaultsAndLogicalTypes() throws {
        let text = """
        {"type": "record", "name": "OrderPlaced", "namespace": "shop.events",
         "fields": [
           {"name": "id", "type": "string"},
           {"name": "note", "type": ["null", "string"], "default": null},
           {"name": "at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
           {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}},
           {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [{"name": "sku", "type": "string"}]}}}
         ]}
        """
        let contract = AvroSchemaReader(path: "e/order.avsc").read(try SpecNodeReader.read(text: text, file: "e/order.avsc"))
        let placed = try #require(contract.shape("shop.events.OrderPlaced"))
        #expect(placed.field("id")?.required == true)
        #expect(placed.field("note")?.required == false)
        #expect(placed.field("at")?.format == "timestamp-millis" && placed.field("at")?.kind == .integer)
        #expect(placed.field("status")?.enumValues == ["NEW", "PAID"])
        #expect(placed.field("lines")?.kind == .array)
        #expect(contract.shape("shop.events.Line")?.field("sku") != nil, "nested records are shapes of their own")
        #expect(contract.shape("shop.events.Status")?.values == ["NEW", "PAID"])
    }

    @Test func openAPIAsyncAPIAndJSONSchemaFilesThroughTheLandscape() throws {
        let project = try TestProject(files: [
            "api/openapi.yaml": """
            openapi: 3.0.3
            info: {title: Shop, version: 1.0.0}
            paths:
              /orders:
                get:
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Order'}}
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [sku], properties: {sku: {type: string}}}
                  responses: {'201': {description: created}}
            components:
              schemas:
                Order:
                  type: object
                  required: [id]
                  properties:
                    id: {type: string, format: uuid}
                    status: {type: string, enum: [new, paid], default: new}
            """,
            "events/asyncapi.yaml": """
            asyncapi: 3.0.0
            info: {title: Events, version: 1.0.0}
            channels:
              placed:
                address: order.placed
                messages:
                  OrderPlaced:
                    payload: {type: object, properties: {id: {type: string}}}
            """,
            "events/refund.schema.json": #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Refund", "type": "object", "required": ["amount"], "properties": {"amount": {"type": "number"}}}"#,
            "broken/bad.avsc": "{ not json",
        ])
        let landscape = Landscape(specs: [
            APISpec(path: "api/openapi.yaml", format: .openapi), APISpec(path: "events/asyncapi.yaml", format: .asyncapi),
        ])
        let catalog = SchemaCatalog.build(root: project.root, landscape: landscape,
                                          files: ["api/openapi.yaml", "broken/bad.avsc", "events/asyncapi.yaml", "events/refund.schema.json"])
        let api = try #require(catalog.contracts.first { $0.path == "api/openapi.yaml" })
        #expect(api.operations.map(\.label) == ["GET /orders", "POST /orders"])
        #expect(api.operations[0].response == "[Order]")
        #expect(api.operations[1].request == "POST /orders request")
        #expect(api.shape("POST /orders request")?.field("sku")?.required == true)
        let order = try #require(api.shape("Order"))
        #expect(order.field("id")?.format == "uuid" && order.field("id")?.required == true)
        #expect(order.field("status")?.enumValues == ["new", "paid"] && order.field("status")?.defaultValue == "new")
        #expect(order.field("status")?.location.line == 25)
        let events = try #require(catalog.contracts.first { $0.path == "events/asyncapi.yaml" })
        #expect(events.operations.first?.topic == "order.placed")
        #expect(events.shape("OrderPlaced")?.field("id") != nil)
        #expect(catalog.contracts.first { $0.path == "events/refund.schema.json" }?.shape("Refund")?.field("amount")?.required == true)
        #expect(catalog.unreadable.map(\.path) == ["broken/bad.avsc"], "an unreadable schema file is listed, not dropped")
        #expect(DataMappingPhase.catalogEvaluation(catalog).marker == .inProgress)
    }
}
