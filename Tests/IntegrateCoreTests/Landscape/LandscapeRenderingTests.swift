import Foundation
import Testing
@testable import IntegrateCore

@Suite("Landscape: SARIF and text rendering")
struct LandscapeRenderingTests {
    static func result() throws -> (ScanResult, TestProject) {
        let project = try TestProject(files: [
            "docker-compose.yml": "services:\n  api:\n    build: ./api\n    environment:\n      PAYMENTS_TOKEN: tok_super_secret_42\n      ORDERS_URL: http://orders:8000\n  orders:\n    build: ./orders\n",
            "api/package.json": "{}\n",
            "orders/go.mod": "module orders\n",
            "broken/docker-compose.yml": "services: [\n",
        ])
        let walk = try FileWalker().walk(root: project.root)
        let facts = StructuralScanner().scan(root: project.root, files: walk.files)
        let points = [
            point("js.http.fetch", "api/src/index.js", 3, kind: .outboundHTTP, target: "process.env.ORDERS_URL"),
            point("js.http.fetch", "api/src/index.js", 9, kind: .outboundHTTP, target: "https://user:hunter2@partner.example.org/x"),
            point("go.http.route", "orders/main.go", 14, kind: .inboundHTTP, direction: .receive),
            point("js.http.fetch", "api/src/index.js", 12, kind: .outboundHTTP, target: "someVariable"),
        ]
        let landscape = LandscapeResolver().resolve(facts: facts, source: SourceScanResult(points: points, languages: ["javascript": 1, "go": 1]))
        return (ScanResult(landscape: landscape, diagnostics: facts.diagnostics, skipped: [SkippedFile(path: "api/node_modules", reason: "vendored or build folder")]), project)
    }

    @Test func sarifHasSchemaRunRulesAndOneResultPerPoint() throws {
        let (result, _) = try Self.result()
        let text = SarifRenderer.render(result.landscape)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        #expect((json["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let runs = try #require(json["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "integrate")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == ["go.http.route", "js.http.fetch"])
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 4)
        let first = results[0]
        #expect(first["ruleId"] as? String == "js.http.fetch")
        #expect(first["level"] as? String == "note")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "api/src/index.js")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 3)
        #expect(((first["message"] as? [String: Any])?["text"] as? String)?.contains("api") == true)
        #expect(text.contains("target not resolved"))
        #expect(!text.contains("hunter2"))
        #expect(!text.contains("tok_super_secret_42"))
    }

    @Test func textSummaryShowsComponentsEdgesUnresolvedAndVerboseDetails() throws {
        let (result, _) = try Self.result()
        let text = LandscapeTextRenderer.render(result)
        #expect(text.hasPrefix("2 components, 4 integration points (4 production, 0 test)"))
        #expect(text.contains("  api (api/; hosts api)\n    call outboundHTTP http -> process.env.ORDERS_URL  api/src/index.js:3\n"))
        #expect(text.contains("  api -> orders: http sync [call] at api/src/index.js:3"))
        #expect(text.contains("Unresolved\n  js.http.fetch@api/src/index.js:12 -> someVariable"))
        #expect(text.contains("PAYMENTS_TOKEN = secret, value not shown"))
        #expect(!text.contains("tok_super_secret_42"))
        #expect(!text.contains("hunter2"))
        #expect(text.contains("1 diagnostics, 1 skipped paths (--verbose lists them)"))
        let verbose = LandscapeTextRenderer.render(result, verbose: true)
        #expect(verbose.contains("Diagnostics\n  broken/docker-compose.yml:1: warning: invalid YAML"))
        #expect(verbose.contains("Skipped\n  api/node_modules: vendored or build folder"))
        #expect(!StableJSON.encode(result).contains("tok_super_secret_42"))
    }

    @Test func projectScannerRejectsMissingFolderAndFile() throws {
        let project = try TestProject(files: ["a.txt": "x"])
        #expect(throws: IntegrateError.self) { try ProjectScanner().scan(root: project.root.appendingPathComponent("missing")) }
        do {
            _ = try ProjectScanner().scan(root: project.root.appendingPathComponent("a.txt"))
            Issue.record("a file was scanned")
        } catch let error as IntegrateError {
            #expect(error.code == .usage)
            #expect(error.description.hasSuffix("a.txt: error: is a file; give the project's folder"))
        }
    }
}
