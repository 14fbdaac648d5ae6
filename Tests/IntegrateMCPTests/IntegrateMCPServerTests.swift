import Foundation
import IntegrateCore
import IntegrateMCP
import MCP
import SystemPackage
import Testing

/// `integrate mcp` driven by the SDK's own client over a pair of pipes, as Claude Code drives it.
@Suite struct IntegrateMCPServerTests {
    static let storefront = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/storefront")

    /// The pipes stay open while the test holds this value (a `Pipe` closes its ends when released).
    final class Connection {
        let client: Client
        let server: Server
        let pipes: [Pipe]
        init(client: Client, server: Server, pipes: [Pipe]) {
            self.client = client
            self.server = server
            self.pipes = pipes
        }

        func close() async {
            await client.disconnect()
            await server.stop()
        }
    }

    /// A server on one end of two pipes, the SDK client on the other.
    private func connect(root: URL) async throws -> Connection {
        let toServer = Pipe()
        let toClient = Pipe()
        let server = await IntegrateMCPServer.make(root: root)
        try await server.start(transport: StdioTransport(
            input: FileDescriptor(rawValue: toServer.fileHandleForReading.fileDescriptor),
            output: FileDescriptor(rawValue: toClient.fileHandleForWriting.fileDescriptor)))
        let client = Client(name: "integrate-tests", version: "1")
        _ = try await client.connect(transport: StdioTransport(
            input: FileDescriptor(rawValue: toClient.fileHandleForReading.fileDescriptor),
            output: FileDescriptor(rawValue: toServer.fileHandleForWriting.fileDescriptor)))
        return Connection(client: client, server: server, pipes: [toServer, toClient])
    }

    private func text(_ content: [Tool.Content]) -> [String] {
        content.compactMap { if case .text(let text, _, _) = $0 { text } else { nil } }
    }

    @Test func initializeListToolsAndScanTheExample() async throws {
        let connection = try await connect(root: Self.storefront)
        let tools = try await connection.client.listTools().tools
        #expect(tools.map(\.name) == ["scan", "status", "run", "contracts_diff", "contracts_lint", "verify"])
        let run = try #require(tools.first { $0.name == "run" })
        #expect(run.annotations.readOnlyHint == false)
        #expect(tools.first { $0.name == "scan" }?.annotations.readOnlyHint == true)

        let (content, isError) = try await connection.client.callTool(name: "scan", arguments: [:])
        #expect(isError != true)
        let json = try #require(text(content).first)
        let result = try JSONDecoder().decode(ScanResult.self, from: Data(json.utf8))
        let expected = try ProjectScanner(options: ScanOptions(userRulesDirectory: Self.storefront.appendingPathComponent(".claude/integrations/rules")))
            .scan(root: Self.storefront)
        #expect(result.landscape == expected.landscape)
        #expect(result.landscape.components.map(\.id).contains("orders"))
        await connection.close()
    }

    @Test func theLandscapeIsAResource() async throws {
        let connection = try await connect(root: Self.storefront)
        let resources = try await connection.client.listResources().resources
        #expect(resources.map(\.uri) == [IntegrateMCPServer.landscapeURI])
        let contents = try await connection.client.readResource(uri: IntegrateMCPServer.landscapeURI)
        let text = try #require(contents.first?.text)
        let landscape = try JSONDecoder().decode(Landscape.self, from: Data(text.utf8))
        #expect(!landscape.edges.isEmpty)
        await connection.close()
    }

    @Test func runIsADryRunThatReturnsTheDiffAndWritesNothing() async throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-mcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        try Data("const r = await fetch(`${BILLING_URL}/invoices`)\n".utf8).write(to: project.appendingPathComponent("index.js"))
        try Data(#"{"name":"web","dependencies":{}}"#.utf8).write(to: project.appendingPathComponent("package.json"))
        let connection = try await connect(root: project)
        let (content, isError) = try await connection.client.callTool(name: "run", arguments: [:])
        #expect(isError != true)
        let parts = text(content)
        #expect(parts.count == 2)
        #expect(parts.first?.contains("+++ b/.claude/integrations/integrations-checklist.md") == true)
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent(".claude").path))

        let (statusContent, statusError) = try await connection.client.callTool(name: "status", arguments: [:])
        #expect(statusError == true)
        #expect(text(statusContent).first?.contains("not set up yet") == true)
        let (badContent, badError) = try await connection.client.callTool(name: "scan", arguments: ["path": "no-such-folder"])
        #expect(badError == true)
        #expect(text(badContent).first?.contains("no-such-folder") == true)
        await connection.close()
    }

    /// `verify` against a provider on loopback: a clean provider gives no schema finding, one
    /// whose `id` is a string gives `response-schema`; the request bound holds; bad bounds and
    /// an unreachable provider are errors the agent can read.
    @Test func verifyChecksALoopbackProviderWithinItsBounds() async throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("integrate-mcp-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: project) }
        try Data(ItemsProvider.spec.utf8).write(to: project.appendingPathComponent("items.yaml"))
        let connection = try await connect(root: project)
        for breaksSchema in [false, true] {
            let provider = try await ItemsProvider.start(breaksSchema: breaksSchema)
            let (content, isError) = try await connection.client.callTool(
                name: "verify", arguments: ["spec": "items.yaml", "url": .string(provider.baseURL), "max_requests": 5, "timeout": 2])
            try await provider.stop()
            #expect(isError != true, "\(text(content))")
            let json = try #require(text(content).first)
            let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            let checks = (report?["findings"] as? [[String: Any]] ?? []).compactMap { $0["check"] as? String }
            #expect(checks.contains("response-schema") == breaksSchema, "\(checks)")
            let sent = try #require(report?["totalRequests"] as? Int)
            #expect(sent >= 1 && sent <= 5)
        }
        let (tooMany, tooManyError) = try await connection.client.callTool(
            name: "verify", arguments: ["spec": "items.yaml", "url": "http://127.0.0.1:9", "max_requests": 100_000])
        #expect(tooManyError == true)
        #expect(text(tooMany).first?.contains("max_requests") == true)
        let (unreachable, unreachableError) = try await connection.client.callTool(
            name: "verify", arguments: ["spec": "items.yaml", "url": "http://127.0.0.1:9", "timeout": 1, "overall_timeout": 5])
        #expect(unreachableError == true)
        #expect(text(unreachable).first?.contains("unreachable") == true)
        await connection.close()
    }
}
