import ArgumentParser
import IntegrateCore

/// `integrate contracts`: API contract tools (breaking-change diff, integration-readiness lint).
struct ContractsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contracts",
        abstract: "Diff and lint API contracts (OpenAPI 2.0, 3.0, 3.1).",
        subcommands: [ContractsDiffCommand.self, ContractsLintCommand.self, ContractsBenchCommand.self]
    )
}
