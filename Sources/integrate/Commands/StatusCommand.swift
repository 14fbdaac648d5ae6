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
        let checklistURL = options.integrationsFolder.appendingPathComponent(BuiltInFramework.checklistFile)
        do {
            // A file or a missing folder is said as such, before "not set up yet".
            _ = try IntegrationRun.validateProject(options.projectRoot)
            guard let text = try TextFile.readIfExists(checklistURL, displayPath: ".claude/integrations/\(BuiltInFramework.checklistFile)") else {
                throw IntegrateError(.usage, "not set up yet: run `integrate \(project.projectPath)` first", path: options.projectRoot.path)
            }
            let checklist = ChecklistDocument(text: text)
            let report = try IntegrationRun(options: options).execute()
            let promptURL = options.integrationsFolder.appendingPathComponent(BuiltInFramework.promptFile)
            let prompt = PromptDocument(text: try TextFile.readIfExists(promptURL) ?? BuiltInFramework.files[BuiltInFramework.promptFile] ?? "")
            let status = StatusReport(checklist: checklist, prompt: prompt, report: report)
            switch format {
            case .text: print(status.text)
            case .json: print(StableJSON.encode(status), terminator: "")
            }
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
