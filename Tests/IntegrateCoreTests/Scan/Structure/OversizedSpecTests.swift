import Foundation
import Testing
@testable import IntegrateCore

@Suite("Messages: scan and artifacts")
struct ScanMessageTests {
    @Test func aSpecOverTheSizeLimitIsNamed() throws {
        let big = "openapi: 3.0.3\ninfo: {title: Big, version: '1'}\npaths:\n" + String(repeating: "  # padding line of a generated spec\n", count: 200)
        let project = try TestProject(files: ["api/big openapi.yaml": big, "api/small.yaml": "openapi: 3.0.3\ninfo: {title: S, version: '1'}\npaths: {}\n",
                                              "api/data.json": "{\"rows\": [" + String(repeating: "1,", count: 4000) + "1]}"])
        let result = try ProjectScanner(options: ScanOptions(maxFileSize: 4000)).scan(root: project.root)
        let notes = result.diagnostics.filter { $0.message.contains("left out of the contract catalogue") }
        #expect(notes.map(\.path) == ["api/big openapi.yaml"])
        #expect(notes.first?.message.contains("--max-file-size 4000") == true)
        #expect(result.landscape.specs.map(\.path) == ["api/small.yaml"])
    }

    @Test func evidenceLinksToPathsWithSpacesAreEncoded() {
        let link = Markdown.evidence([Evidence(path: "my service/api (v2).yaml", line: 3)])
        #expect(link == "[`my service/api (v2).yaml:3`](@root/my%20service/api%20%28v2%29.yaml#L3)")
        #expect(Markdown.linkPath("../../") == "../../")
    }
}
