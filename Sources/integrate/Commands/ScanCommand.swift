import ArgumentParser
import IntegrateCore

struct ScanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "scan", abstract: "(in progress)")
    func run() async throws {}
}
