import ArgumentParser
import IntegrateCore

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "(in progress)")
    func run() async throws {}
}
