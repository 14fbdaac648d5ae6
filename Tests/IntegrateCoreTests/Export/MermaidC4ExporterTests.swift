import Foundation
import Testing
@testable import IntegrateCore

/// The Mermaid C4Container view: element macros by role, every `Rel` between defined aliases.
@Suite("Export: Mermaid C4")
struct MermaidC4ExporterTests {
    @Test(arguments: ExportFixtures.all.map(\.0))
    func relationsConnectDefinedElements(fixture: String) throws {
        let landscape = try #require(ExportFixtures.all.first { $0.0 == fixture }?.1)
        let text = ExportFormat.mermaidC4.render(landscape, options: ExportOptions(systemName: "shop"))
        #expect(text.hasPrefix("C4Container\n"))
        let element = try Regex(#"^\s*(Container|ContainerDb|ContainerQueue|System_Ext|System_Boundary)\(([A-Za-z_][A-Za-z0-9_]*), "#)
        let rel = try Regex(#"^\s*Rel\(([A-Za-z_][A-Za-z0-9_]*), ([A-Za-z_][A-Za-z0-9_]*), "[^"]*", "[^"]*"\)$"#)
        var defined: Set<String> = []
        var rels = 0
        for line in text.split(separator: "\n") {
            if let match = try element.firstMatch(in: line), let id = match.output[2].substring {
                #expect(defined.insert(String(id)).inserted, "\(id) defined twice")
            } else if let match = try rel.firstMatch(in: line) {
                rels += 1
                for index in [1, 2] { #expect(defined.contains(String(match.output[index].substring ?? "")), "\(line)") }
            }
        }
        #expect(rels == ExportGraph(landscape).edges.count)
    }

    @Test func storefrontMacros() throws {
        let text = ExportFormat.mermaidC4.render(try ExportFixtures.storefront(), options: ExportOptions(systemName: "storefront"))
        #expect(text.contains("ContainerDb(postgresql_postgres, \"postgres\", \"postgresql\", \"database\")"))
        #expect(text.contains("ContainerQueue(kafka_kafka, \"kafka\", \"kafka\", \"message broker\")"))
        #expect(text.contains("System_Ext(saas_stripe, \"stripe\", \"SaaS (stripe)\")"))
        #expect(text.contains("Rel(orders, inventory, \"calls over grpc (sync, config)\", \"grpc\")"))
    }
}
