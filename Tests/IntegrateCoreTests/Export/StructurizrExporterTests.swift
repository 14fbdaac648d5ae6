import Foundation
import Testing
@testable import IntegrateCore

/// The Structurizr workspace: every identifier is defined once and before it is used.
@Suite("Export: Structurizr")
struct StructurizrExporterTests {
    /// Definitions (`id = softwareSystem|container ...`) and uses (`a -> b`, `container id`)
    /// in line order; returns the problems found.
    static func identifierProblems(_ dsl: String) -> [String] {
        let definition = try! Regex(#"^\s*([A-Za-z_][A-Za-z0-9_]*) = (softwareSystem|container) "#)
        let relationship = try! Regex(#"^\s*([A-Za-z_][A-Za-z0-9_]*) -> ([A-Za-z_][A-Za-z0-9_]*) ""#)
        let view = try! Regex(#"^\s*container ([A-Za-z_][A-Za-z0-9_]*) ""#)
        var defined: Set<String> = []
        var problems: [String] = []
        for (number, line) in dsl.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let match = try? definition.firstMatch(in: line), let id = match.output[1].substring.map(String.init) {
                if !defined.insert(id).inserted { problems.append("line \(number + 1): \(id) defined twice") }
            } else if let match = try? relationship.firstMatch(in: line) {
                for index in [1, 2] {
                    let id = match.output[index].substring.map(String.init) ?? ""
                    if !defined.contains(id) { problems.append("line \(number + 1): \(id) used before it is defined") }
                }
            } else if let match = try? view.firstMatch(in: line), let id = match.output[1].substring.map(String.init), !defined.contains(id) {
                problems.append("line \(number + 1): view of undefined \(id)")
            }
        }
        return problems
    }

    @Test(arguments: ExportFixtures.all.map(\.0))
    func identifiersAreDefinedBeforeUse(fixture: String) throws {
        let landscape = try #require(ExportFixtures.all.first { $0.0 == fixture }?.1)
        let dsl = ExportFormat.structurizr.render(landscape, options: ExportOptions(systemName: "web app"))
        #expect(Self.identifierProblems(dsl).isEmpty, "\(Self.identifierProblems(dsl))")
        #expect(dsl.filter { $0 == "{" }.count == dsl.filter { $0 == "}" }.count)
    }

    @Test func theCheckFindsAnUndefinedIdentifier() {
        let dsl = "workspace {\n    model {\n        a = container \"a\"\n        a -> b \"calls\" \"http\"\n    }\n}\n"
        #expect(Self.identifierProblems(dsl) == ["line 4: b used before it is defined"])
    }

    @Test func oneRelationshipPerEdgeWithDistinctDescriptions() throws {
        let dsl = ExportFormat.structurizr.render(ExportFixtures.awkward(), options: ExportOptions(systemName: "x"))
        let pair = dsl.split(separator: "\n").filter { $0.contains("web_app_ -> web_app ") || $0.contains(" -> web_app \"") }
        #expect(pair.count == 3, "\(pair)")
        #expect(Set(pair).count == 3)
        #expect(!dsl.contains("nowhere"), "an edge to an unknown node is left out")
        #expect(dsl.contains("sends over kafka a 'quoted' topic"))
    }

    @Test func storefrontContainersAndExternals() throws {
        let dsl = ExportFormat.structurizr.render(try ExportFixtures.storefront(), options: ExportOptions(systemName: "storefront"))
        #expect(dsl.contains("postgresql_postgres = container \"postgres\" \"database\" \"postgresql\" \"Database\""))
        #expect(dsl.contains("rabbitmq_rabbitmq = container \"rabbitmq\" \"message broker\" \"rabbitmq\" \"Queue\""))
        #expect(dsl.contains("saas_stripe = softwareSystem \"stripe\""))
        #expect(dsl.contains("orders -> inventory \"calls over grpc (sync, config)\" \"grpc\""))
        #expect(dsl.contains("orders -> inventory \"calls over http (sync, call)\" \"http\""))
    }
}
