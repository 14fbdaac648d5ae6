import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ContractCopyTests {
    static let provider = """
    syntax = "proto3";
    package stock.v1;
    service Stock { rpc Reserve(ReserveRequest) returns (Reservation); }
    message ReserveRequest { string sku = 1; int32 quantity = 2; }
    message Reservation { string id = 1; bool confirmed = 2; }
    """
    /// The client's copy: `confirmed` is a number, and it expects `expires_at` the server never sends.
    static let copy = """
    syntax = "proto3";
    package stock.v1;
    service Stock { rpc Reserve(ReserveRequest) returns (Reservation); }
    message ReserveRequest { string sku = 1; int32 quantity = 2; }
    message Reservation { string id = 1; int32 confirmed = 2; string expires_at = 3; }
    """

    func server(_ component: String, _ path: String) -> IntegrationPoint {
        IntegrationPoint(id: "g@\(path):1", rule: "g", component: component, kind: .grpcServer, technology: "grpc", protocol: "grpc",
                         mode: .sync, direction: .receive, evidence: [Evidence(path: path, line: 1)])
    }

    @Test func aDriftedProtoCopyIsComparedWithTheServersCopy() throws {
        let project = try TestProject(files: ["stock/api/stock.proto": Self.provider, "web/vendor/stock.proto": Self.copy])
        var landscape = Landscape(
            components: [Component(id: "stock", name: "stock", path: "stock"), Component(id: "web", name: "web", path: "web")],
            points: [server("stock", "stock/main.go")],
            specs: [APISpec(path: "stock/api/stock.proto", format: .proto, component: "stock"), APISpec(path: "web/vendor/stock.proto", format: .proto, component: "web")])
        landscape.edges = [Edge(from: "web", to: "stock", protocol: "grpc", mode: .sync, strength: .call)]
        let analysis = DataMappingAnalysis(root: project.root, landscape: landscape, files: [])
        let drift = try #require(analysis.drifts.first)
        #expect(analysis.drifts.count == 1)
        #expect(drift.identity == "proto stock.v1")
        #expect(analysis.catalog.contracts[drift.provider].path == "stock/api/stock.proto")
        #expect(drift.directionKnown)
        let type = try #require(drift.changes.first { $0.subject == "Reservation.confirmed" })
        #expect(type.level == .error, "the client decodes a number where the server sends a bool")
        #expect(type.provider?.location == "stock/api/stock.proto:5")
        #expect(type.consumer?.location == "web/vendor/stock.proto:5")
        let missing = try #require(drift.changes.first { $0.subject == "Reservation.expires_at" })
        #expect(missing.providerSays == "absent" && missing.consumer?.location == "web/vendor/stock.proto:5")
        #expect(missing.level >= .warning)
        let text = ContractCopiesRenderer(catalog: analysis.catalog, drifts: analysis.drifts).render()
        #expect(text.contains("`Reservation.confirmed`") && text.contains("breaking"))
        #expect(DataMappingPhase.driftEvaluation(analysis).marker == .inProgress)
        #expect(DataMappingPhase.driftFindings(analysis).first?.severity == .error)
    }

    @Test func identicalCopiesAndVersionsSideBySideAreNoDrift() throws {
        let project = try TestProject(files: ["stock/api/stock.proto": Self.provider, "web/vendor/stock.proto": Self.provider,
                                              "contracts/a.v1.proto": Self.provider, "contracts/a.v2.proto": Self.copy])
        let landscape = Landscape(
            components: [Component(id: "stock", name: "stock", path: "stock"), Component(id: "web", name: "web", path: "web")],
            specs: ["stock/api/stock.proto", "web/vendor/stock.proto", "contracts/a.v1.proto", "contracts/a.v2.proto"].map { APISpec(path: $0, format: .proto) })
        let analysis = DataMappingAnalysis(root: project.root, landscape: landscape, files: [])
        // contracts/a.v2 differs from the first copy by path (contracts/a.v1) only within one folder: a release, not a copy;
        // against stock/ and web/ it is compared, with the direction unknown.
        #expect(analysis.drifts.allSatisfy { !$0.directionKnown })
        #expect(!analysis.drifts.contains { d in [d.provider, d.consumer].map { analysis.catalog.contracts[$0].path }.sorted() == ["contracts/a.v1.proto", "contracts/a.v2.proto"] })
        #expect(!analysis.drifts.contains { d in [d.provider, d.consumer].map { analysis.catalog.contracts[$0].path }.sorted() == ["stock/api/stock.proto", "web/vendor/stock.proto"] })
    }

    @Test func anEventSchemaCopiedByTheProducerIsHeldAgainstTheChannelPayload() throws {
        let project = try TestProject(files: [
            "mailer/asyncapi.yaml": """
            asyncapi: 2.6.0
            info: {title: Mail events, version: 1.0.0}
            channels:
              user.signed-up:
                subscribe:
                  message:
                    payload:
                      type: object
                      required: [id, email]
                      properties:
                        id: {type: integer}
                        email: {type: string, format: email}
            """,
            "accounts/schemas/user_signed_up.schema.json": #"{"title": "UserSignedUp", "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}, "mail": {"type": "string"}}}"#,
        ])
        let publish = IntegrationPoint(id: "p@accounts/app.py:3", rule: "p", component: "accounts", kind: .publish, technology: "kafka", protocol: "kafka",
                                       mode: .async, direction: .send, topic: "user.signed-up", evidence: [Evidence(path: "accounts/app.py", line: 3)])
        let landscape = Landscape(
            components: [Component(id: "accounts", name: "accounts", path: "accounts"), Component(id: "mailer", name: "mailer", path: "mailer")],
            points: [publish], specs: [APISpec(path: "mailer/asyncapi.yaml", format: .asyncapi, component: "mailer")])
        let analysis = DataMappingAnalysis(root: project.root, landscape: landscape, files: ["accounts/schemas/user_signed_up.schema.json"])
        let drift = try #require(analysis.drifts.first)
        #expect(drift.identity == "event user.signed-up")
        #expect(analysis.catalog.contracts[drift.provider].path == "accounts/schemas/user_signed_up.schema.json", "the publisher's copy is the provider's")
        #expect(drift.changes.contains { $0.subject == "user.signed-up.email" && $0.level == .error }, "the producer's copy drops a required field")
        #expect(drift.changes.contains { $0.subject == "user.signed-up.id" && $0.level == .error })
    }
}
