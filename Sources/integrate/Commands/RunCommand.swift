import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate run [path]`: the whole framework, Phase 0 first.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Install or update the framework, map the landscape (Phase 0) and run Phases 1-7.",
        discussion: """
            Writes .claude/integrations/ in the project: framework files, artifacts and CHANGELOG.md. \
            Generated content lives in managed blocks; everything else you write is kept. \
            A re-run on an unchanged project changes no file.
            """)

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: "Run only this phase (0-7; Phase 0, the landscape, always runs first, so 0 alone maps only); repeat for more.")
    var phase: [Int] = []

    @Flag(name: .long, help: "Write nothing; print what would change as a unified diff.")
    var dryRun = false

    @Flag(name: .long, help: "Re-create managed blocks you deleted from the artifacts.")
    var restore = false

    @Option(name: .long, help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Flag(name: .long, help: "List skipped files and every finding.")
    var verbose = false

    @Option(name: .long, help: "Client metric names the generated Prometheus rules read: otel, micrometer or prometheus (default: chosen per service from its telemetry dependency, else otel).")
    var metricsConvention: MetricsConvention?
    @Option(name: .long, help: "Also write this export under <output>/exports/ (backstage, cyclonedx, structurizr, mermaid-c4); repeat for more.")
    var export: [ExportFormat] = []

    func validate() throws {
        if let bad = phase.first(where: { !(0...7).contains($0) }) {
            throw ValidationError("Phase \(bad) does not exist; phases are 0-7.")
        }
    }

    func run() async throws {
        var options = project.runOptions(dryRun: dryRun, phases: phase.isEmpty ? nil : phase, restore: restore)
        options.metricsConvention = metricsConvention
        options.exports = export
        do {
            let report = try IntegrationRun(options: options).execute()
            switch format {
            case .text: print(RunReportText.render(report, verbose: verbose))
            case .json: print(StableJSON.encode(report), terminator: "")
            }
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
