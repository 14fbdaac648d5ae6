import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate status [path]`: progress per phase, item by item, without writing anything.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show checklist progress per phase, item by item, and where the evidence disagrees.",
        discussion: "Reads .claude/integrations/ and evaluates the project as a dry run: nothing is written.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() async throws {
        let options = project.runOptions(dryRun: true, phases: nil, restore: false)
        do {
            let status = try StatusReport.load(options: options, notSetUp: "run `integrate \(project.projectPath)` first")
            switch format {
            case .text: print(status.text)
            case .json: print(StableJSON.encode(status), terminator: "")
            }
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
