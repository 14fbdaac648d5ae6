import IntegrateCore
import Testing
@testable import IntegrateVerify

/// Each keyword the validator checks, with a value it accepts and one it rejects.
@Suite struct SchemaValidatorTests {
    func violations(_ schemaText: String, _ valueText: String, direction: SchemaValidator.Direction = .response) throws -> [SchemaValidator.Violation] {
        let spec = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {},
         "components": {"schemas": {"Target": \(schemaText), "Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}
        """
        let document = try SpecLoader().load(text: spec, name: "t.json")
        let node = try #require(document.root["components"]?["schemas"]?["Target"])
        return SchemaValidator(direction: direction).violations(of: try SpecNodeReader.read(text: valueText, file: "v.json"), against: document.schema(node))
    }

    @Test(arguments: [
        (#"{"type": "integer"}"#, "3", "3.5"),
        (#"{"type": ["string", "null"]}"#, "null", "1"),
        (#"{"type": "string", "nullable": true}"#, "null", "true"),
        (#"{"type": "string", "enum": ["a", "b"]}"#, #""a""#, #""c""#),
        (#"{"const": 1}"#, "1", "2"),
        (#"{"type": "number", "minimum": 1, "maximum": 5}"#, "5", "6"),
        (#"{"type": "number", "exclusiveMinimum": 1}"#, "1.5", "1"),
        (#"{"type": "number", "multipleOf": 5}"#, "10", "12"),
        (#"{"type": "string", "minLength": 2, "maxLength": 3}"#, #""abc""#, #""abcd""#),
        (#"{"type": "string", "pattern": "^[a-z]+$"}"#, #""abc""#, #""ab1""#),
        (#"{"type": "string", "format": "date-time"}"#, #""2024-01-02T03:04:05Z""#, #""yesterday""#),
        (#"{"type": "string", "format": "uuid"}"#, #""3f2b6a1e-8c4d-4e5f-9a0b-1c2d3e4f5a6b""#, #""3f2b""#),
        (#"{"type": "string", "format": "date"}"#, #""2024-02-29""#, #""2024-13-01""#),
        (#"{"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}}"#, #"{"id": 1}"#, #"{"name": "x"}"#),
        (#"{"type": "object", "properties": {"id": {"type": "integer"}}, "additionalProperties": false}"#, #"{"id": 1}"#, #"{"id": 1, "x": 2}"#),
        (#"{"type": "object", "additionalProperties": {"type": "integer"}}"#, #"{"a": 1}"#, #"{"a": "1"}"#),
        (#"{"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": true}"#, #"["a", "b"]"#, #"["a", "a"]"#),
        (##"{"$ref": "#/components/schemas/Pet"}"##, #"{"name": "rex"}"#, #"{"name": 3}"#),
        (##"{"allOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "object", "required": ["age"]}]}"##, #"{"name": "a", "age": 1}"#, #"{"name": "a"}"#),
        (#"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#, "1.5", "1"),
        (#"{"anyOf": [{"type": "integer"}, {"type": "boolean"}]}"#, "true", #""x""#),
        (#"{"not": {"type": "string"}}"#, "1", #""x""#),
    ])
    func acceptsAndRejects(schema: String, accepted: String, rejected: String) throws {
        #expect(try violations(schema, accepted).isEmpty, "\(schema) rejected \(accepted)")
        #expect(!(try violations(schema, rejected)).isEmpty, "\(schema) accepted \(rejected)")
    }

    @Test func aViolationNamesItsPointer() throws {
        let found = try violations(##"{"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}"##, #"[{"name": "a"}, {"name": 1}]"#)
        #expect(found.map(\.description) == ["/1/name: expected string, got integer"])
    }

    @Test func writeOnlyPropertiesAreNotRequiredInResponses() throws {
        let schema = #"{"type": "object", "required": ["password"], "properties": {"password": {"type": "string", "writeOnly": true}}}"#
        #expect(try violations(schema, "{}", direction: .response).isEmpty)
        #expect(!(try violations(schema, "{}", direction: .request)).isEmpty)
    }

    @Test func hostileNestingIsReportedNotFollowed() throws {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let found = try violations(##"{"type": "array", "items": {"$ref": "#/components/schemas/Target"}}"##, deep)
        #expect(found.contains { $0.message.contains("nested deeper") })
    }

    @Test func sampledValuesConformAndBrokenOnesDoNot() throws {
        let spec = try OrdersProvider.document()
        let schema = spec.schema(try #require(spec.root["components"]?["schemas"]?["NewOrder"]))
        let sampler = SchemaSampler(direction: .request)
        let valid = try #require(sampler.valid(schema))
        #expect(SchemaValidator(direction: .request).violations(of: valid, against: schema).isEmpty)
        let broken = sampler.invalid(schema)
        #expect(!broken.isEmpty)
        for invalid in broken { #expect(!SchemaValidator(direction: .request).violations(of: invalid.value, against: schema).isEmpty, "\(invalid.reason)") }
    }
}
