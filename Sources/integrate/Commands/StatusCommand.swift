import ArgumentParser
import IntegrateCore

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status", abstract: "(in progress)")
    func run() async throws {}
}
