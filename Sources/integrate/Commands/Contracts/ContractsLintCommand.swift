import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate contracts lint [SPEC...]`: integration-readiness rules (placeholder until lint lands).
struct ContractsLintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check specs for integration readiness.")
    func run() async throws { throw ContractsExit.usage("lint is not available yet") }
}
