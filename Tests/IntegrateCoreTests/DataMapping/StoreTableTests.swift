import Foundation
import Testing
@testable import IntegrateCore

@Suite struct StoreTableTests {
    @Test func everyRulesExamplesTriggerOrNot() throws {
        for rule in TableMappingRule.all {
            let regex = try #require(rule.compiled(), "\(rule.id) compiles")
            let path = "x" + (rule.extensions.first ?? "")
            for (line, expected) in rule.triggering {
                #expect(rule.table(in: line, path: path, regex: regex) == expected, "\(rule.id): \(line)")
            }
            for line in rule.nonTriggering {
                #expect(rule.table(in: line, path: path, regex: regex) == nil, "\(rule.id) must not match: \(line)")
            }
        }
    }

    @Test("a table two components map in one database is named shared; a collection goes to the document store")
    func sharedTableNamed() throws {
        let files = [
            "orders/models.py": "class Order(Base):\n    __tablename__ = \"orders\"\n",
            "billing/migrations/001.sql": "CREATE TABLE IF NOT EXISTS invoices (id int);\ncreate table orders (id int);\n",
            "billing/catalog.js": "db.collection('products').find()\n",
            "reports/report.go": "const q = \"SELECT * FROM orders\"\n",
        ]
        let project = try TestProject(files: files)
        let landscape = Landscape(
            components: ["orders", "billing", "reports"].map { Component(id: $0, name: $0, path: $0) },
            resources: [Resource(id: "postgres", kind: .database, system: "postgres", name: "postgres", usedBy: ["billing", "orders", "reports"]),
                        Resource(id: "mongodb", kind: .database, system: "mongodb", name: "mongodb", usedBy: ["billing"])])
        let found = StoreTableFinder(landscape: landscape, files: files.keys.sorted(), sources: SourceCache(root: project.root)).find()
        #expect(found["postgres"]?.tables == ["orders": ["orders"], "billing": ["invoices", "orders"]])
        #expect(found["postgres"]?.shared == ["orders"])
        #expect(found["mongodb"]?.tables == ["billing": ["products"]])
        #expect(found["mongodb"]?.shared == [])
        #expect(found["postgres"]?.evidence.contains { $0.location == "billing/migrations/001.sql:2" } == true)
    }
}
