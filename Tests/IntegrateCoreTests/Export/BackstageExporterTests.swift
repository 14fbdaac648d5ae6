import Foundation
import Testing
import Yams
@testable import IntegrateCore

/// The Backstage catalog: valid names, qualified refs, and every relation target inside the export.
@Suite("Export: Backstage")
struct BackstageExporterTests {
    static var nameRule: Regex<AnyRegexOutput> { try! Regex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$") }
    static var refRule: Regex<AnyRegexOutput> { try! Regex("^[a-z]+:default/([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$") }

    /// Entities of an export, by parsing it as YAML.
    static func entities(_ text: String) throws -> [[String: Any]] {
        try Yams.load_all(yaml: text).compactMap { $0 as? [String: Any] }
    }

    static func ref(_ entity: [String: Any]) -> String {
        let metadata = entity["metadata"] as? [String: Any]
        return "\((entity["kind"] as? String ?? "").lowercased()):\(metadata?["namespace"] as? String ?? "default")/\(metadata?["name"] as? String ?? "")"
    }

    @Test(arguments: ExportFixtures.all.map(\.0))
    func namesAreValidAndEveryRelationTargetResolves(fixture: String) throws {
        let landscape = try #require(ExportFixtures.all.first { $0.0 == fixture }?.1)
        let entities = try Self.entities(ExportFormat.backstage.render(landscape, options: ExportOptions(systemName: "Shop Front!")))
        let refs = entities.map(Self.ref)
        #expect(Set(refs).count == refs.count, "duplicate entities: \(refs)")
        for entity in entities {
            let name = (entity["metadata"] as? [String: Any])?["name"] as? String ?? ""
            #expect(name.count <= 63 && name.wholeMatch(of: Self.nameRule) != nil, "invalid name \(name)")
            #expect(entity["apiVersion"] as? String == "backstage.io/v1alpha1")
            let spec = entity["spec"] as? [String: Any] ?? [:]
            var targets = [spec["owner"], spec["system"]].compactMap { $0 as? String }
            for field in ["dependsOn", "providesApis", "consumesApis"] { targets += spec[field] as? [String] ?? [] }
            for target in targets {
                #expect(target.wholeMatch(of: Self.refRule) != nil, "unqualified ref \(target)")
                #expect(refs.contains(target), "\(Self.ref(entity)) points at \(target), which the export does not define")
            }
        }
        #expect(Set(entities.compactMap { $0["kind"] as? String }).isSuperset(of: ["Location", "System", "Component"]))
    }

    @Test func storefrontEntitiesCarryRelationsSpecsAndEvidence() throws {
        let landscape = try ExportFixtures.storefront()
        let entities = try Self.entities(ExportFormat.backstage.render(landscape, options: ExportOptions(systemName: "storefront", rootPrefix: "../")))
        func entity(_ ref: String) -> [String: Any]? { entities.first { Self.ref($0) == ref } }
        let orders = try #require(entity("component:default/orders"))
        let spec = orders["spec"] as? [String: Any] ?? [:]
        #expect((spec["dependsOn"] as? [String] ?? []).contains("resource:default/postgresql-postgres"))
        #expect((spec["dependsOn"] as? [String] ?? []).contains("component:default/inventory"))
        #expect((spec["consumesApis"] as? [String] ?? []).contains("api:default/inventory-grpc"), "orders calls inventory over grpc")
        let annotations = (orders["metadata"] as? [String: Any])?["annotations"] as? [String: String] ?? [:]
        #expect(annotations["integrate/links"]?.contains("inventory: calls over grpc") == true)
        #expect(annotations["integrate/evidence"]?.contains("orders/Dockerfile:1") == true)

        let gateway = try #require(entity("component:default/gateway"))
        #expect(((gateway["spec"] as? [String: Any])?["providesApis"] as? [String]) == ["api:default/gateway-openapi"])
        let api = try #require(entity("api:default/gateway-openapi"))
        let apiSpec = api["spec"] as? [String: Any] ?? [:]
        #expect(apiSpec["type"] as? String == "openapi")
        #expect((apiSpec["definition"] as? [String: Any])?["$text"] as? String == "../gateway/openapi.yaml")
        // One API per spec, each pointing at a file that exists in the example.
        let apis = entities.filter { $0["kind"] as? String == "API" }
        #expect(apis.count == landscape.specs.filter { $0.format != .pact }.count)
        for api in apis {
            let text = ((api["spec"] as? [String: Any])?["definition"] as? [String: Any])?["$text"] as? String ?? ""
            let path = StorefrontGoldenTests.example.appendingPathComponent(String(text.dropFirst(3))).path
            #expect(FileManager.default.fileExists(atPath: path), "\(text) does not exist")
        }
        let resources = entities.filter { $0["kind"] as? String == "Resource" }
        #expect(resources.count == landscape.resources.count)
        let stripe = try #require(entity("resource:default/saas-stripe"))
        #expect((stripe["spec"] as? [String: Any])?["system"] == nil, "an external SaaS is not part of the system")
        #expect((stripe["spec"] as? [String: Any])?["type"] as? String == "saas")
    }

    @Test func namesFollowBackstagesRule() {
        #expect(ExportNames.backstage("-web app/") == "web-app")
        #expect(ExportNames.backstage("postgresql:orders db") == "postgresql-orders-db")
        #expect(ExportNames.backstage("___") == "unnamed")
        let long = ExportNames.backstage(String(repeating: "a", count: 100))
        #expect(long.count <= 63 && long.wholeMatch(of: Self.nameRule) != nil)
        #expect(long != ExportNames.backstage(String(repeating: "a", count: 101)), "two long names stay apart")
    }

    @Test func pactFilesAreNotAPIs() throws {
        let entities = try Self.entities(ExportFormat.backstage.render(ExportFixtures.awkward(), options: ExportOptions(systemName: "x")))
        let apis = entities.filter { $0["kind"] as? String == "API" }.map(Self.ref)
        #expect(apis == ["api:default/web-app-openapi"])
    }
}
