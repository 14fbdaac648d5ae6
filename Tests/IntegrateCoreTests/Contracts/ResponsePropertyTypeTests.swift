import Foundation
import Testing
@testable import IntegrateCore

/// A response property whose type changes breaks a typed JSON client in both directions
/// (oasdiff's `response-property-type-changed`, ERR); a text body may turn anything into a string.
@Suite("Contracts diff: response property type")
struct ResponsePropertyTypeTests {
    func spec(_ type: String, media: String = "application/json") -> String {
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /orders/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    \(media):
                      schema:
                        type: object
                        properties:
                          total: \(type)
        """
    }

    func changes(_ base: String, _ revision: String) throws -> [ContractChange] {
        let loader = SpecLoader()
        return ContractDiffRun(options: DiffOptions(today: "2026-01-01"), policy: DiffPolicy())
            .report(base: try loader.load(text: base, name: "base.yaml"), revision: try loader.load(text: revision, name: "rev.yaml")).changes
    }

    static let others = ["{type: number}", "{type: integer}", "{type: boolean}", "{type: array, items: {type: string}}"]

    @Test("string -> other and back, both breaking", arguments: others)
    func bothDirections(other: String) throws {
        for (base, revision) in [("{type: string}", other), (other, "{type: string}")] {
            let found = try changes(spec(base), spec(revision))
            #expect(found.map(\.id) == ["response-property-type-changed"], "\(base) -> \(revision)")
            #expect(found.first?.level == .error)
            #expect(found.first?.message.contains("'total'") == true)
        }
    }

    @Test func vendorJSONIsTypedToo() throws {
        let media = "application/vnd.shop.v1+json"
        #expect(try changes(spec("{type: string}", media: media), spec("{type: boolean}", media: media)).map(\.id) == ["response-property-type-changed"])
    }

    @Test func aTextBodyMayStillReadAnyValue() throws {
        #expect(try changes(spec("{type: string}", media: "text/plain"), spec("{type: number}", media: "text/plain")).isEmpty)
    }
}
