import ArgumentParser
import IntegrateVerify

/// `integrate verify`: test a running provider against its contracts.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a running provider against its OpenAPI spec or consumer pacts (exit 0 clean, 1 findings, 2 bad input or provider unreachable).",
        subcommands: [VerifyOpenAPICommand.self, VerifyPactCommand.self]
    )
}

extension VerifyFormat: ExpressibleByArgument {}
