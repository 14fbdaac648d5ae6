import ArgumentParser
import IntegrateCore

/// `integrate`: runs the Integration Framework on a project.
///
/// `integrate [path]` is `integrate run [path]`.
@main
struct Integrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "integrate",
        abstract: "Run the Integration Framework on a software project.",
        discussion: """
            Installs the framework into <project>/.claude/integrations/, maps the project's \
            integration landscape from its source tree (Phase 0), evaluates Phases 1-7 and \
            writes the artifacts. Re-runs update managed blocks only; a person's edits are kept.
            """,
        version: IntegrateVersion.current,
        subcommands: [RunCommand.self, StatusCommand.self, ScanCommand.self, ContractsCommand.self, ExportCommand.self,
                      InstallCommand.self, MCPCommand.self, MergeCommand.self, VerifyCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
