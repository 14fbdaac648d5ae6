import Foundation
import Testing
@testable import IntegrateCore

@Suite struct PayloadCheckTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: Orders, version: 1.0.0}
    servers: [{url: 'http://orders:8000'}]
    paths:
      /orders/{id}:
        get:
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Order'}
    components:
      schemas:
        Order:
          type: object
          required: [id, total_cents]
          properties:
            id: {type: string}
            total_cents: {type: integer}
            status: {type: string, enum: [new, paid, refunded]}
            note: {type: string}
    """

    func call(_ component: String, _ path: String) -> IntegrationPoint {
        IntegrationPoint(id: "h@\(path):3", rule: "h", component: component, kind: .outboundHTTP, technology: "x", protocol: "http",
                         mode: .sync, direction: .call, target: "http://orders:8000", method: "GET", path: "/orders/{id}", evidence: [Evidence(path: path, line: 3)])
    }

    func analysis(_ files: [String: String], consumer: String, site: String) throws -> (DataMappingAnalysis, TestProject) {
        let project = try TestProject(files: files.merging(["orders/openapi.yaml": Self.spec]) { a, _ in a })
        let landscape = Landscape(
            components: [Component(id: "orders", name: "orders", path: "orders"), Component(id: consumer, name: consumer, path: consumer)],
            points: [call(consumer, site)], specs: [APISpec(path: "orders/openapi.yaml", format: .openapi, component: "orders")])
        return (DataMappingAnalysis(root: project.root, landscape: landscape, files: files.keys.sorted()), project)
    }

    @Test("Swift Codable renamed through CodingKeys; a missing field and a type mismatch are found")
    func swiftDecodeTypeNearTheCall() throws {
        let (result, _) = try analysis(["web/Client.swift": """
        import Foundation
        func load() async throws -> OrderView {
            let data = try await get("http://orders:8000/orders/1")
            return try JSONDecoder().decode(OrderView.self, from: data)
        }
        struct OrderView: Decodable {
            let id: Int
            let totalCents: Int
            let currency: String
            var note: String?
            enum CodingKeys: String, CodingKey { case id, totalCents = "total_cents", currency, note }
        }
        """], consumer: "web", site: "web/Client.swift")
        #expect(result.payloads.map(\.consumerType.name) == ["OrderView"])
        let byField = Dictionary(grouping: result.mismatches, by: \.field)
        #expect(byField["totalCents"] == nil && byField["total_cents"] == nil, "the CodingKeys rename matches the wire name")
        #expect(byField["id"]?.first?.kind == .typeMismatch)
        #expect(byField["id"]?.first?.provider?.location == "orders/openapi.yaml:19")
        #expect(byField["currency"]?.first?.kind == .neverSent)
        #expect(byField["currency"]?.first?.consumer.location == "web/Client.swift:9")
        #expect(byField["note"] == nil, "an optional field the provider sends is fine")
        #expect(DataMappingPhase.payloadEvaluation(result).marker == .inProgress)
    }

    @Test func typeScriptInterfaceWithAnEnumMissingAValue() throws {
        let (result, _) = try analysis(["app/api.ts": """
        import axios from "axios";
        export async function order(id: string) {
          const r = await axios.get<Order>(`${ORDERS_URL}/orders/${id}`);
          return r.data;
        }
        export interface Order { id: string; total_cents: number; status?: "new" | "paid" }
        """], consumer: "app", site: "app/api.ts")
        #expect(result.payloads.first?.consumerType.name == "Order")
        #expect(result.mismatches.map(\.kind) == [.enumValueMissing])
        #expect(result.mismatches.first?.detail.contains("`refunded`") == true)
    }

    @Test func aMatchingConsumerTypeIsDone() throws {
        let (result, _) = try analysis(["app/api.ts": "\n\nconst r = await axios.get<Order>(url);\ninterface Order { id: string; total_cents: number; note?: string }\n"],
                                       consumer: "app", site: "app/api.ts")
        #expect(result.payloads.count == 1 && result.mismatches.isEmpty)
        #expect(DataMappingPhase.payloadEvaluation(result).marker == .done)
    }
}
