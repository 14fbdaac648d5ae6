import Foundation
import Testing
@testable import IntegrateCore

@Suite("Structure: API specs")
struct StructureSpecTests {
    @Test func detectsEveryFormatWithTitleVersionAndComponent() throws {
        let (facts, _) = try structuralFacts([
            "gateway/Package.swift": "// swift-tools-version:5.9\n",
            "gateway/openapi.yaml": "openapi: 3.0.3\ninfo:\n  title: Gateway API\n  version: 1.2.0\npaths: {}\n",
            "legacy/swagger.json": "{\n\t\"swagger\": \"2.0\",\n\t\"info\": {\"title\": \"Legacy\", \"version\": \"0.9\"}\n}\n",
            "notifications/package.json": "{\"name\": \"notifications\"}\n",
            "notifications/asyncapi.yaml": "asyncapi: 2.6.0\ninfo:\n  title: Notifications events\n  version: 1.0.0\nchannels: {}\n",
            "inventory/go.mod": "module inventory\n",
            "inventory/proto/inventory.proto": "syntax = \"proto3\";\npackage inventory.v1;\n\nservice InventoryService {\n  rpc Reserve(R) returns (R);\n}\n",
            "schema/schema.graphql": "type Query {\n  product(id: ID!): Product\n}\n",
            "pacts/web-orders.json": "{\"consumer\": {\"name\": \"web\"}, \"provider\": {\"name\": \"orders\"}, \"interactions\": [],\n \"metadata\": {\"pactSpecification\": {\"version\": \"3.0.0\"}}}\n",
            "config/settings.yaml": "openapi_enabled: true\nname: not a spec\n",
            "docs/notes.proto": "syntax = \"proto3\";\nmessage Only {}\n",
        ])
        let specs = Dictionary(uniqueKeysWithValues: facts.specs.map { ($0.path, $0) })
        #expect(facts.specs.map(\.path) == [
            "gateway/openapi.yaml", "inventory/proto/inventory.proto", "legacy/swagger.json",
            "notifications/asyncapi.yaml", "pacts/web-orders.json", "schema/schema.graphql",
        ])
        #expect(specs["gateway/openapi.yaml"] == APISpec(path: "gateway/openapi.yaml", format: .openapi, title: "Gateway API", version: "1.2.0", component: "gateway"))
        #expect(specs["legacy/swagger.json"]?.format == .swagger)
        #expect(specs["legacy/swagger.json"]?.title == "Legacy")
        #expect(specs["notifications/asyncapi.yaml"]?.format == .asyncapi)
        #expect(specs["notifications/asyncapi.yaml"]?.component == "notifications")
        #expect(specs["inventory/proto/inventory.proto"] == APISpec(path: "inventory/proto/inventory.proto", format: .proto, title: "InventoryService", version: "v1", component: "inventory"))
        #expect(specs["schema/schema.graphql"]?.format == .graphql)
        #expect(specs["schema/schema.graphql"]?.component == nil)
        #expect(specs["pacts/web-orders.json"]?.format == .pact)
        #expect(specs["pacts/web-orders.json"]?.title == "web -> orders")
        #expect(facts.diagnostics.isEmpty)
    }

    @Test func malformedSpecJSONIsReportedWithLine() throws {
        let (facts, _) = try structuralFacts([
            "api/openapi.json": "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\"title\": \"x\"\n  \"paths\": {}\n}\n",
        ])
        #expect(facts.specs.isEmpty)
        let diagnostic = try #require(facts.diagnostics.first)
        #expect(diagnostic.path == "api/openapi.json")
        #expect(diagnostic.line == 4)
    }

    @Test func contractsUnderTestsCountFixturesDoNot() throws {
        let (facts, _) = try structuralFacts([
            "web/package.json": "{}\n",
            "web/tests/pacts/web-orders.json": "{\"consumer\": {\"name\": \"web\"}, \"provider\": {\"name\": \"orders\"}}\n",
            "web/tests/fixtures/openapi.yaml": "openapi: 3.0.0\ninfo: {title: Fixture, version: '1'}\n",
        ])
        #expect(facts.specs.map(\.path) == ["web/tests/pacts/web-orders.json"])
        #expect(facts.specs.first?.component == "web")
    }
}
