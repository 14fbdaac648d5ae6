import ArgumentParser
import Foundation
import Testing
@testable import integrate
@testable import IntegrateCore

/// `integrate merge` as CI calls it: scan JSON files in, the whole system's files out.
@Suite struct MergeCommandTests {
    /// A folder of its own per test, removed afterwards.
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-merge-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The output of `integrate scan --format json` for a landscape, written as `<name>.json`.
    private static func write(_ landscape: Landscape, as name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("\(name).json")
        try Data(StableJSON.encode(ScanResult(landscape: landscape, diagnostics: [], skipped: [])).utf8).write(to: url)
        return url.path
    }

    private static func evidence(_ path: String) -> [Evidence] { [Evidence(path: path, line: 2)] }

    /// A web repository calling `http://orders/...`, and the repository whose service answers to `orders`.
    private static func twoRepositories(in folder: URL) throws -> [String] {
        let call = IntegrationPoint(
            id: "p1", rule: "js.http.fetch", component: "web", kind: .outboundHTTP, technology: "fetch", protocol: "http",
            mode: .sync, direction: .call, target: "`http://orders/items`", evidence: evidence("web/src/cart.js"))
        let web = Landscape(components: [Component(id: "web", name: "web", path: "web", evidence: evidence("web/package.json"))],
                            points: [call], unresolved: ["`http://orders/items`"])
        let orders = Landscape(components: [Component(id: "api", name: "api", path: "api", hostnames: ["orders"], evidence: evidence("api/package.json"))])
        return [try write(web, as: "storefront", in: folder), try write(orders, as: "orders", in: folder)]
    }

    @Test func mergeWritesTheWholeSystemWithTheCrossRepositoryEdge() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let merge = try #require(try Integrate.parseAsRoot(["merge"] + Self.twoRepositories(in: folder) + ["--output", output.path, "--name", "shop"]) as? MergeCommand)
        try await merge.run()

        let saved = try JSONDecoder().decode(Landscape.self, from: Data(contentsOf: output.appendingPathComponent(LandscapeMergeOutput.landscapeFile)))
        #expect(saved.components.map(\.id) == ["orders/api", "storefront/web"])
        #expect(saved.edges.map { "\($0.from)->\($0.to)" } == ["storefront/web->orders/api"])
        #expect(saved.unresolved.isEmpty)
        let architecture = try String(contentsOf: output.appendingPathComponent(LandscapeMergeOutput.architectureFile), encoding: .utf8)
        #expect(architecture.hasPrefix("# Integration Architecture: shop"))
        #expect(architecture.contains("2 repositories: 2 components, 1 edges, 1 of them across repositories"))
        for format in ExportFormat.allCases {
            let url = output.appendingPathComponent(ExportFormat.folder + "/" + format.fileName)
            #expect(FileManager.default.fileExists(atPath: url.path), "missing \(format.fileName)")
        }
        let bom = try String(contentsOf: output.appendingPathComponent(ExportFormat.folder + "/" + ExportFormat.cyclonedx.fileName), encoding: .utf8)
        #expect(bom.contains("outbound to api"))
    }

    @Test func aSecondMergeOfTheSameFilesChangesNothing() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let arguments = ["merge"] + (try Self.twoRepositories(in: folder)) + ["--output", output.path]
        try await #require(try Integrate.parseAsRoot(arguments) as? MergeCommand).run()
        let landscape = output.appendingPathComponent(LandscapeMergeOutput.landscapeFile)
        let first = try Data(contentsOf: landscape)
        try await #require(try Integrate.parseAsRoot(arguments) as? MergeCommand).run()
        #expect(try Data(contentsOf: landscape) == first)
    }

    @Test func noFileIsAUsageError() throws {
        do {
            _ = try Integrate.parseAsRoot(["merge"])
            Issue.record("merge without files was accepted")
        } catch {
            #expect(Integrate.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func aMissingOrInvalidFileExitsWithThreeAndWritesNothing() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let invalid = folder.appendingPathComponent("broken.json")
        try Data("{\"components\": [".utf8).write(to: invalid)
        for input in [folder.appendingPathComponent("missing.json").path, invalid.path] {
            let output = folder.appendingPathComponent("out")
            let merge = try #require(try Integrate.parseAsRoot(["merge", input, "--output", output.path]) as? MergeCommand)
            await #expect(throws: ExitCode(3)) { try await merge.run() }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }
}
