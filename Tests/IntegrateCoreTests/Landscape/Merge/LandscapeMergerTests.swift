import Foundation
import Testing
@testable import IntegrateCore

/// `integrate merge`: small landscapes written here, one per repository.
@Suite struct LandscapeMergerTests {
    static func evidence(_ path: String, _ line: Int = 1) -> [Evidence] { [Evidence(path: path, line: line)] }

    static func call(_ id: String, component: String, target: String) -> IntegrationPoint {
        IntegrationPoint(id: id, rule: "js.http.fetch", component: component, kind: .outboundHTTP, technology: "fetch", protocol: "http",
                         mode: .sync, direction: .call, target: target, evidence: evidence("src/\(id).js", 3))
    }

    static func service(_ id: String, hostnames: [String] = []) -> Component {
        Component(id: id, name: id, path: id, hostnames: hostnames, evidence: evidence("\(id)/package.json"))
    }

    static func merge(_ files: [(String, Landscape)]) -> (landscape: Landscape, summary: LandscapeMerger.Summary) {
        var merger = LandscapeMerger()
        for (name, landscape) in files { merger.add(LandscapeFile(repository: name, landscape: landscape)) }
        return merger.finish()
    }

    @Test func componentsStayPerRepositoryAndACallIsLinkedByHostname() {
        let web = Landscape(components: [Self.service("web")], points: [Self.call("p1", component: "web", target: "`http://orders:8080/orders`")],
                            unresolved: ["`http://orders:8080/orders`"])
        let orders = Landscape(components: [Self.service("api", hostnames: ["orders"]), Self.service("web")])
        let (merged, summary) = Self.merge([("storefront", web), ("orders", orders)])
        #expect(merged.components.map(\.id) == ["orders/api", "orders/web", "storefront/web"])
        let edge = try? #require(merged.edges.first)
        #expect(edge?.from == "storefront/web")
        #expect(edge?.to == "orders/api")
        #expect(edge?.points == ["storefront/p1"])
        #expect(edge?.evidence.map(\.location) == ["storefront/src/p1.js:3"])
        #expect(merged.unresolved.isEmpty)
        #expect(summary.crossRepositoryEdges == 1)
        #expect(summary.repositories == 2)
    }

    @Test func aCallNoOtherRepositoryAnswersStaysUnresolved() {
        let web = Landscape(components: [Self.service("web")], points: [Self.call("p1", component: "web", target: "`http://billing/x`")],
                            unresolved: ["`http://billing/x`"])
        let (merged, summary) = Self.merge([("web", web), ("orders", Landscape(components: [Self.service("api", hostnames: ["orders"])]))])
        #expect(merged.edges.isEmpty)
        #expect(merged.unresolved == ["web: `http://billing/x`"])
        #expect(summary.crossRepositoryEdges == 0)
    }

    @Test func aNameTwoRepositoriesClaimIsAmbiguous() {
        let web = Landscape(components: [Self.service("web")], points: [Self.call("p1", component: "web", target: "`http://api/x`")])
        let (merged, summary) = Self.merge([("web", web), ("a", Landscape(components: [Self.service("api")])), ("b", Landscape(components: [Self.service("api")]))])
        #expect(merged.edges.isEmpty)
        #expect(summary.notes.contains { $0.contains("`api` names components in several repositories (a/api, b/api)") })
    }

    @Test func anExternalAPIThatIsAnotherRepositorysServiceBecomesThatService() {
        let payments = Resource(id: "payments.shop.svc.cluster.local", kind: .externalAPI, system: "http", name: "payments.shop.svc.cluster.local",
                                host: "payments.shop.svc.cluster.local", usedBy: ["web"], evidence: Self.evidence("src/pay.js", 9))
        let web = Landscape(
            components: [Self.service("web")],
            edges: [Edge(from: "web", to: payments.id, protocol: "http", mode: .sync, strength: .call, points: ["p9"], evidence: Self.evidence("src/pay.js", 9))],
            resources: [payments])
        let (merged, summary) = Self.merge([("web", web), ("payments", Landscape(components: [Self.service("payments-api", hostnames: ["payments"])]))])
        #expect(merged.edges.map { "\($0.from)->\($0.to)" } == ["web/web->payments/payments-api"])
        #expect(merged.resources.isEmpty)
        #expect(summary.crossRepositoryEdges == 1)
    }

    @Test func oneTopicLinksProducerAndConsumerAcrossRepositories() {
        func point(_ id: String, _ component: String, _ kind: IntegrationPoint.Kind) -> IntegrationPoint {
            IntegrationPoint(id: id, rule: "kafka", component: component, kind: kind, technology: "kafkajs", protocol: "kafka", mode: .async,
                             direction: kind == .publish ? .send : .receive, topic: "order-created", evidence: Self.evidence("src/\(id).js"))
        }
        let orders = Landscape(components: [Self.service("orders")], points: [point("pub", "orders", .publish)])
        let mail = Landscape(components: [Self.service("mailer")], points: [point("sub", "mailer", .consume)])
        let (merged, _) = Self.merge([("orders", orders), ("mail", mail)])
        let edge = merged.edges.first { $0.strength == .messaging }
        #expect(edge?.from == "orders/orders")
        #expect(edge?.to == "mail/mailer")
        #expect(edge?.topic == "order-created")
        #expect(edge?.evidence.map(\.location) == ["orders/src/pub.js:1", "mail/src/sub.js:1"])
    }

    @Test func aSharedStoreAndDuplicateEdgesMergeWithAllEvidence() {
        func repo(_ name: String) -> Landscape {
            let store = Resource(id: "postgres", kind: .database, system: "postgres", name: "postgres", usedBy: [name], evidence: Self.evidence("db.js", 2))
            return Landscape(
                components: [Self.service(name)],
                edges: [Edge(from: name, to: "postgres", protocol: "postgres", mode: .sync, strength: .call, evidence: Self.evidence("db.js", 2))],
                resources: [store])
        }
        let (merged, _) = Self.merge([("a", repo("a")), ("b", repo("b"))])
        #expect(merged.resources.count == 1)
        #expect(merged.resources.first?.usedBy == ["a/a", "b/b"])
        #expect(merged.resources.first?.evidence.map(\.location) == ["a/db.js:2", "b/db.js:2"])
        #expect(merged.edges.count == 2)
    }

    @Test func theSameRepositoryTwiceIsKeptApartAndNoted() {
        let (merged, summary) = Self.merge([("web", Landscape(components: [Self.service("web")])), ("web", Landscape(components: [Self.service("web")]))])
        #expect(merged.components.map(\.id) == ["web-2/web", "web/web"])
        #expect(summary.notes.contains { $0.contains("`web-2`") })
    }

    @Test func readsScanOutputAndSavedLandscapesAndNamesTheRepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let landscape = Landscape(components: [Self.service("api")])
        let scan = folder.appendingPathComponent("orders.json")
        let saved = folder.appendingPathComponent("billing/.claude/integrations/.integrate/landscape.json")
        try FileManager.default.createDirectory(at: saved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(StableJSON.encode(ScanResult(landscape: landscape, diagnostics: [], skipped: [])).utf8).write(to: scan)
        try Data(StableJSON.encode(landscape).utf8).write(to: saved)
        #expect(try LandscapeFile.load(scan).repository == "orders")
        #expect(try LandscapeFile.load(scan).landscape == landscape)
        #expect(try LandscapeFile.load(saved).repository == "billing")
        #expect(try LandscapeFile.load(saved).landscape == landscape)
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"components": []}"#.utf8).write(to: bad)
        #expect(throws: IntegrateError.self) { try LandscapeFile.load(bad) }
        do {
            _ = try LandscapeFile.load(bad)
        } catch let error as IntegrateError {
            #expect(error.path == bad.path)
            #expect(error.message.contains("is missing"))
        }
    }

    @Test func writesArchitectureDiagramAndExportsForTheWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("merge-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let web = Landscape(components: [Self.service("web")], points: [Self.call("p1", component: "web", target: "`http://orders:8080/orders`")])
        let (merged, summary) = Self.merge([("web", web), ("orders", Landscape(components: [Self.service("api", hostnames: ["orders"])]))])
        let files = LandscapeMergeOutput.files(merged, summary: summary, systemName: "shop", folder: folder)
        let written = try LandscapeMergeOutput.write(files, to: folder)
        #expect(written.contains("integration-architecture.md"))
        #expect(written.contains("exports/catalog-info.yaml"))
        let architecture = try String(contentsOf: folder.appendingPathComponent("integration-architecture.md"), encoding: .utf8)
        #expect(architecture.contains("from 2 repositories"))
        #expect(architecture.contains("web/web"))
        let dot = try String(contentsOf: folder.appendingPathComponent("landscape.dot"), encoding: .utf8)
        #expect(dot.contains("web/web") && dot.contains("orders/api"))
        #expect(try LandscapeMergeOutput.write(files, to: folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(".integrate/transaction.json").path))
    }
}
