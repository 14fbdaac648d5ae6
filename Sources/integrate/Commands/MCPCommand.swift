import ArgumentParser
import Foundation
import IntegrateCore
import IntegrateMCP

/// `integrate mcp [path]`: a Model Context Protocol server over standard input and output.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve integrate's tools to an agent over the Model Context Protocol (stdio).",
        discussion: """
            Tools: \(IntegrateTools.all.map(\.name).joined(separator: ", ")); resource: \(IntegrateMCPServer.landscapeURI). \
            `run` is a dry run unless dry_run is false. Wire it into Claude Code with \
            `claude mcp add integrate -- integrate mcp`.
            """)

    @Argument(help: "Project folder relative paths are taken from (default: the current directory).")
    var projectPath: String = "."

    func run() async throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: projectPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw exitWith(IntegrateError(.usage, "no such folder", path: projectPath))
        }
        try await IntegrateMCPServer.serveStandardIO(root: URL(fileURLWithPath: projectPath).standardizedFileURL)
    }
}
