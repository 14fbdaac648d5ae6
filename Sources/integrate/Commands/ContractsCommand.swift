import ArgumentParser
import IntegrateCore

struct ContractsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "contracts", abstract: "(in progress)")
    func run() async throws {}
}
