import Foundation
import Testing
@testable import IntegrateCore
import Yams

/// Hostile YAML/JSON inputs, built inline: each must be a located error, fast.
enum HostileYAML {
    /// "Billion laughs": `levels` anchors, each a list of ten aliases of the one before.
    static func aliasBomb(levels: Int = 12, prefix: String = "") -> String {
        var text = prefix + "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...levels {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }

    static func deepFlow(_ depth: Int) -> String { String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n" }
    static func deepBlock(_ depth: Int) -> String { String(repeating: "- ", count: depth) + "x\n" }
}

@Suite("YAML loader: limits and locations")
struct YAMLLoaderTests {
    @Test func anAliasBombIsRefusedWithItsLineBeforeComposing() throws {
        let started = Date()
        let error = try #require(throws: YAMLLoadError.self) { try YAMLLoader.document(HostileYAML.aliasBomb(), file: "api/openapi.yaml") }
        #expect(error.kind == .overLimit)
        #expect(error.file == "api/openapi.yaml")
        #expect(error.message.contains("alias bomb"))
        #expect(error.line > 1)
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func deepNestingIsRefusedInFlowAndBlockStyle() throws {
        for text in [HostileYAML.deepFlow(100_000), HostileYAML.deepBlock(50_000)] {
            let error = try #require(throws: YAMLLoadError.self) { try YAMLLoader.document(text, file: "x.yaml") }
            #expect(error.message.contains("nesting deeper than \(YAMLLimits.standard.maxDepth)"))
            #expect(error.line == 1)
        }
    }

    @Test func nestingJustUnderTheLimitLoads() throws {
        #expect(try YAMLLoader.document(HostileYAML.deepFlow(YAMLLimits.standard.maxDepth), file: "x.yaml") != nil)
    }

    @Test func tooManyAliasesAndTooManyBytesAreRefused() throws {
        let limits = YAMLLimits(maxBytes: 1_000, maxDepth: 10, maxNodes: 1_000, maxAliases: 3)
        let aliases = "a: &a 1\nb: [*a, *a, *a, *a]\n"
        let tooMany = try #require(throws: YAMLLoadError.self) { try YAMLLoader.document(aliases, file: "x.yaml", limits: limits) }
        #expect(tooMany.message.contains("more than 3 aliases") && tooMany.line == 2)
        let big = try #require(throws: YAMLLoadError.self) {
            try YAMLLoader.document(String(repeating: "k: v\n", count: 300), file: "big.json", limits: limits)
        }
        #expect(big.message.hasPrefix("JSON of 1500 bytes"))
    }

    @Test func realAnchorsAndMergeKeysStillLoad() throws {
        let compose = """
            x-defaults: &defaults
              restart: always
              environment: {LOG: info}
            services:
              api:
                <<: *defaults
                image: acme/api
              worker:
                <<: *defaults
                image: acme/worker
            """
        let node = try #require(try YAMLLoader.document(compose, file: "compose.yaml"))
        #expect(node["services"]?["worker"]?["<<"]?["restart"]?.string == "always")
    }

    @Test func aOneLineJSONErrorPointsAtThatLine() throws {
        let error = try #require(throws: YAMLLoadError.self) { try YAMLLoader.document("{\"a\": 1\n", file: "x.json") }
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("x.json:1:"))
    }

    @Test func multiDocumentTextsKeepDocumentsBeforeABadOne() {
        let loaded = YAMLLoader.documents("a: 1\n---\nb: 2\n---\nc: [\n", file: "k8s.yaml")
        #expect(loaded.nodes.count == 2)
        #expect(loaded.error?.line == 5)
    }

    @Test func jsonStateFilesNameTheProblem() throws {
        struct Shape: Decodable { var name: String }
        #expect(try YAMLLoader.decodeJSON(Shape.self, from: "{\"name\": \"x\"}", file: "s.json").name == "x")
        let syntax = try #require(throws: YAMLLoadError.self) { try YAMLLoader.decodeJSON(Shape.self, from: "{\n\"name\": \n", file: "s.json") }
        #expect(syntax.line == 2)
        let shape = try #require(throws: YAMLLoadError.self) { try YAMLLoader.decodeJSON(Shape.self, from: "{\"nam\": 1}", file: "s.json") }
        #expect(shape.message.contains("missing key `name`"))
    }
}
