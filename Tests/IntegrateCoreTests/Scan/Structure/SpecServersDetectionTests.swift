import Foundation
import Testing
@testable import IntegrateCore

/// `APISpec.servers`: where a spec says its API is served, read from OpenAPI 3 and Swagger 2.
@Suite("Structure: API spec servers")
struct SpecServersDetectionTests {
    @Test func openAPIServersHaveTheirVariablesDefaultsAndSwaggerJoinsHostAndBasePath() throws {
        let (facts, _) = try structuralFacts([
            "orders/go.mod": "module orders\n",
            "orders/api/openapi.yaml": """
                openapi: 3.0.3
                info: {title: Orders, version: 1.0.0}
                servers:
                  - url: https://{region}.orders.shop.example:{port}/api/v1
                    variables:
                      region: {default: eu, enum: [eu, us]}
                      port: {default: "8443"}
                  - url: /relative
                paths: {}
                """,
            "billing/package.json": "{\"name\": \"billing\"}\n",
            "billing/swagger.json": "{\"swagger\": \"2.0\", \"info\": {\"title\": \"Billing\"}, \"host\": \"billing.internal:8080\", \"basePath\": \"/v2\", \"schemes\": [\"http\", \"https\"]}\n",
            "legacy/swagger.yaml": "swagger: '2.0'\ninfo: {title: Legacy}\nhost: legacy.shop.example\n",
            "plain/openapi.yaml": "openapi: 3.1.0\ninfo: {title: Plain}\npaths: {}\n",
        ])
        let servers = Dictionary(uniqueKeysWithValues: facts.specs.map { ($0.path, $0.servers) })
        #expect(servers["orders/api/openapi.yaml"] == ["https://eu.orders.shop.example:8443/api/v1", "/relative"])
        #expect(servers["billing/swagger.json"] == ["http://billing.internal:8080/v2"])
        #expect(servers["legacy/swagger.yaml"] == ["//legacy.shop.example"])
        #expect(servers["plain/openapi.yaml"] == .some(nil))
    }

    @Test func aLandscapeWrittenBeforeServersStillDecodes() throws {
        let json = #"{"path": "api/openapi.yaml", "format": "openapi", "title": "Old"}"#
        let spec = try JSONDecoder().decode(APISpec.self, from: Data(json.utf8))
        #expect(spec.servers == nil)
        #expect(!StableJSON.encode(spec).contains("servers"))
    }
}
