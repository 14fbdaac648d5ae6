import Foundation
import IntegrateCore
import MCP

/// `integrate mcp`: the Model Context Protocol server. Tools are `IntegrateTools.all`; the
/// landscape of the server's project is a resource (`integrate://landscape`), scanned when read
/// so it is never stale. Errors of a tool come back as a tool result with `isError`, naming file
/// and line, so the agent can act on them; only protocol errors fail the request.
public enum IntegrateMCPServer {
    public static let landscapeURI = "integrate://landscape"

    /// A server for the project at `root`, handlers registered; start it on a transport.
    public static func make(root: URL, tools: [IntegrateTool] = IntegrateTools.all) async -> Server {
        let server = Server(
            name: "integrate", version: IntegrateVersion.current,
            instructions: "Maps a project's integration landscape and runs the Integration Framework. Relative paths are taken from \(root.path).",
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: tools.map(\.definition))
        }
        await server.withMethodHandler(CallTool.self) { params in
            guard let tool = tools.first(where: { $0.name == params.name }) else {
                throw MCPError.invalidParams("no tool named `\(params.name)`; tools: \(tools.map(\.name).joined(separator: ", "))")
            }
            do {
                return try await tool.call(ToolArguments(params.arguments, root: root))
            } catch let error as IntegrateError {
                return CallTool.Result(content: [.text(text: error.description, annotations: nil, _meta: nil)], isError: true)
            } catch {
                return CallTool.Result(content: [.text(text: String(describing: error), annotations: nil, _meta: nil)], isError: true)
            }
        }
        await server.withMethodHandler(ListResources.self) { _ in
            ListResources.Result(resources: [
                Resource(
                    name: "landscape", uri: landscapeURI, title: "Integration landscape of \(root.lastPathComponent)",
                    description: "The landscape `integrate scan --format json` prints for \(root.path), scanned when read.",
                    mimeType: "application/json"),
            ])
        }
        await server.withMethodHandler(ReadResource.self) { params in
            guard params.uri == landscapeURI else { throw MCPError.invalidParams("no resource \(params.uri); resources: \(landscapeURI)") }
            do {
                let landscape = try IntegrateTools.scanProject(root).landscape
                return ReadResource.Result(contents: [.text(StableJSON.encode(landscape), uri: landscapeURI, mimeType: "application/json")])
            } catch let error as IntegrateError {
                throw MCPError.internalError(error.description)
            }
        }
        return server
    }

    /// Serves on standard input and output until the client disconnects.
    public static func serveStandardIO(root: URL) async throws {
        let server = await make(root: root)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }
}
