import Foundation
import Testing
@testable import IntegrateCore

/// The CycloneDX BOM: references resolve, trust boundaries and data flows follow the edges, and
/// the same landscape gives the same bytes. (CI also runs cyclonedx-python-lib on the example.)
@Suite("Export: CycloneDX")
struct CycloneDXExporterTests {
    static func bom(_ landscape: Landscape) throws -> [String: Any] {
        let text = ExportFormat.cyclonedx.render(landscape, options: ExportOptions(systemName: "storefront"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: ExportFixtures.all.map(\.0))
    func everyReferenceResolves(fixture: String) throws {
        let landscape = try #require(ExportFixtures.all.first { $0.0 == fixture }?.1)
        let bom = try Self.bom(landscape)
        #expect(bom["specVersion"] as? String == "1.6")
        let serial = bom["serialNumber"] as? String ?? ""
        #expect(serial.wholeMatch(of: try Regex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")) != nil, "\(serial)")
        let services = bom["services"] as? [[String: Any]] ?? []
        var known = Set(services.compactMap { $0["bom-ref"] as? String })
        #expect(known.count == services.count, "bom-refs are unique")
        if let system = ((bom["metadata"] as? [String: Any])?["component"] as? [String: Any])?["bom-ref"] as? String { known.insert(system) }
        for dependency in bom["dependencies"] as? [[String: Any]] ?? [] {
            #expect(known.contains(dependency["ref"] as? String ?? ""))
            for target in dependency["dependsOn"] as? [String] ?? [] { #expect(known.contains(target), "dangling \(target)") }
        }
        for service in services {
            for endpoint in service["endpoints"] as? [String] ?? [] {
                #expect(!endpoint.contains(" ") && !endpoint.contains("{"), "not an IRI: \(endpoint)")
            }
            for flow in service["data"] as? [[String: Any]] ?? [] {
                #expect(["inbound", "outbound", "bi-directional", "unknown"].contains(flow["flow"] as? String ?? ""))
            }
        }
    }

    @Test func storefrontServices() throws {
        let landscape = try ExportFixtures.storefront()
        let bom = try Self.bom(landscape)
        let services = bom["services"] as? [[String: Any]] ?? []
        func service(_ ref: String) -> [String: Any]? { services.first { $0["bom-ref"] as? String == ref } }
        #expect(services.count == landscape.components.count + landscape.resources.count)
        let stripe = try #require(service("saas:stripe"))
        #expect(stripe["x-trust-boundary"] as? Bool == true)
        #expect(stripe["authenticated"] as? Bool == true, "STRIPE_SECRET_KEY is in the tree")
        let orders = try #require(service("orders"))
        #expect(orders["x-trust-boundary"] as? Bool == false)
        #expect(orders["authenticated"] == nil, "nothing in the landscape says whether orders needs credentials")
        #expect((orders["endpoints"] as? [String] ?? []).contains("http://orders:8000/orders/%7Border_id%7D"))
        let flows = orders["data"] as? [[String: String]] ?? []
        #expect(flows.contains(["flow": "outbound", "classification": "amqp messages on order.created"]))
        #expect(flows.contains(["flow": "inbound", "classification": "http requests and responses"]))
        let dependency = (bom["dependencies"] as? [[String: Any]] ?? []).first { $0["ref"] as? String == "orders" }
        #expect((dependency?["dependsOn"] as? [String] ?? []).contains("postgresql:postgres"))
    }

    @Test func sameLandscapeSameBytesOtherLandscapeOtherSerial() throws {
        let landscape = try ExportFixtures.storefront()
        let options = ExportOptions(systemName: "storefront")
        let first = ExportFormat.cyclonedx.render(landscape, options: options)
        #expect(first == ExportFormat.cyclonedx.render(landscape, options: options))
        var changed = landscape
        changed.edges.removeLast()
        let other = try #require(try JSONSerialization.jsonObject(with: Data(ExportFormat.cyclonedx.render(changed, options: options).utf8)) as? [String: Any])
        let original = try Self.bom(landscape)
        #expect(other["serialNumber"] as? String != original["serialNumber"] as? String)
    }
}
