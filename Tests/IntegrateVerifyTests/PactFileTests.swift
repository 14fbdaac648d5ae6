import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// The pact reader on V2, V3 and V4 files we write here, and on broken or hostile input.
@Suite struct PactFileTests {
    static let v2 = """
    {"consumer":{"name":"web"},"provider":{"name":"orders"},
     "interactions":[{"description":"an order","providerState":"order 7 exists",
       "request":{"method":"GET","path":"/orders/7","query":"full=true"},
       "response":{"status":200,"headers":{"Content-Type":"application/json"},"body":{"id":7}}}],
     "metadata":{"pactSpecification":{"version":"2.0.0"}}}
    """

    static let v3 = """
    {"consumer":{"name":"web"},"provider":{"name":"orders"},
     "interactions":[{"description":"create","providerStates":[{"name":"user exists","params":{"id":3}},{"name":"stock"}],
       "request":{"method":"POST","path":"/orders","query":{"dry":["1"]},"headers":{"Content-Type":"application/json"},"body":{"item":"a"}},
       "response":{"status":201}}],
     "metadata":{"pactSpecification":{"version":"3.0.0"}}}
    """

    static let v4 = """
    {"consumer":{"name":"web"},"provider":{"name":"orders"},
     "interactions":[
       {"type":"Synchronous/HTTP","description":"list","providerStates":[{"name":"two orders"}],
        "request":{"method":"GET","path":"/orders"},
        "response":{"status":200,"body":{"contentType":"application/json","encoded":false,"content":[{"id":1}]}}},
       {"type":"Asynchronous/Messages","description":"order created","contents":{"id":1}}],
     "metadata":{"pactSpecification":{"version":"4.0"}}}
    """

    /// The error message reading `text` gives, or `nil` when it reads.
    static func error(_ text: String, _ file: String) -> String? {
        do { _ = try PactFile.read(text: text, file: file); return nil } catch { return "\(error)" }
    }

    @Test func readsV2WithItsSingleProviderState() throws {
        let pact = try PactFile.read(text: Self.v2, file: "v2.json")
        #expect(pact.consumer == "web" && pact.provider == "orders" && pact.specificationVersion == "2.0.0")
        #expect(pact.interactions.count == 1)
        let interaction = try #require(pact.interactions.first)
        #expect(interaction.providerStates == [PactProviderState(name: "order 7 exists")])
        #expect(interaction.operation.description == "GET /orders/7")
        #expect(interaction.request.query == ["full": ["true"]])
        #expect(interaction.response.status == 200)
    }

    @Test func readsV3StatesWithParams() throws {
        let interaction = try #require(PactFile.read(text: Self.v3, file: "v3.json").interactions.first)
        #expect(interaction.providerStates.map(\.name) == ["user exists", "stock"])
        #expect(interaction.providerStates[0].params?["id"]?.number == 3)
        #expect(interaction.providerStates[1].params == nil)
    }

    @Test func readsV4HTTPAndCountsMessagesAsSkipped() throws {
        let pact = try PactFile.read(text: Self.v4, file: "v4.json")
        #expect(pact.interactions.map(\.description) == ["list"])
        #expect(pact.skippedNonHTTP == 1)
        guard case .present(let body, let type) = try #require(pact.interactions.first).response.body else {
            Issue.record("the V4 body was not read"); return
        }
        #expect(type == "application/json" && body.array?.count == 1)
    }

    @Test func brokenJSONNamesFileAndLine() {
        let text = "{\"interactions\": [\n  {\"description\": \"x\",\n   \"request\": {\"method\": \"GET\" \"path\": \"/\"}}]}"
        #expect(Self.error(text, "broken.json")?.hasPrefix("broken.json:3:") == true, "\(Self.error(text, "broken.json") ?? "no error")")
    }

    @Test func missingPiecesAreNamedNotGuessed() {
        #expect(throws: VerifyError.self) { try PactFile.read(text: "[1,2]", file: "a.json") }
        #expect(throws: VerifyError.self) { try PactFile.read(text: "{\"consumer\":{}}", file: "a.json") }
        let noPath = "{\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\"},\"response\":{\"status\":200}}]}"
        #expect(Self.error(noPath, "a.json")?.contains("a `path`") == true)
        // A well-formed interaction next to it is fine.
        let ok = "{\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\"},\"response\":{\"status\":200}}]}"
        #expect((try? PactFile.read(text: ok, file: "a.json"))?.interactions.count == 1)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let depth = 100_000
        let text = "{\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\",\"body\":"
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "},\"response\":{\"status\":200}}]}"
        #expect(throws: VerifyError.self) { try PactFile.read(text: text, file: "deep.json") }
        let shallow = "{\"interactions\":[{\"description\":\"x\",\"request\":{\"method\":\"GET\",\"path\":\"/\",\"body\":"
            + String(repeating: "[", count: 20) + String(repeating: "]", count: 20) + "},\"response\":{\"status\":200}}]}"
        #expect((try? PactFile.read(text: shallow, file: "ok.json")) != nil)
    }
}
