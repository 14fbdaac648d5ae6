import Foundation

/// Everything a run needs to know besides the project's files.
public struct RunOptions: Sendable {
    public var projectRoot: URL
    /// `--templates DIR`.
    public var templatesDirectory: String?
    public var environment: [String: String]
    public var home: URL
    /// Artifacts folder; default `<project>/.claude/integrations`.
    public var outputFolder: URL?
    /// Phases to run besides Phase 0 (`nil`: all).
    public var phases: [Int]?
    public var dryRun: Bool
    /// Re-create managed blocks a person deleted.
    public var restoreDeletedBlocks: Bool
    /// `YYYY-MM-DD`, for the changelog and PROJECT_CONFIG dates (injected by tests).
    public var today: String
    public var scan: ScanOptions
    /// `--metrics-convention`: the client metric names the monitoring files read; nil to choose
    /// per service from its telemetry dependency.
    public var metricsConvention: MetricsConvention? = nil
    /// `--export FORMAT`: exports written under `<artifacts>/exports/`.
    public var exports: [ExportFormat]

    public init(
        projectRoot: URL, templatesDirectory: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: URL = RunOptions.homeFolder(), outputFolder: URL? = nil, phases: [Int]? = nil,
        dryRun: Bool = false, restoreDeletedBlocks: Bool = false, today: String = RunOptions.currentDate(), scan: ScanOptions = ScanOptions(),
        exports: [ExportFormat] = []
    ) {
        self.projectRoot = projectRoot
        self.templatesDirectory = templatesDirectory
        self.environment = environment
        self.home = home
        self.outputFolder = outputFolder
        self.phases = phases
        self.dryRun = dryRun
        self.restoreDeletedBlocks = restoreDeletedBlocks
        self.today = today
        self.scan = scan
        self.exports = exports
    }

    /// `~` as the shell reads it: `$HOME` first (CI, containers, tests), then the passwd entry.
    public static func homeFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let home = environment["HOME"], !home.isEmpty { return URL(fileURLWithPath: home, isDirectory: true) }
        return FileManager.default.homeDirectoryForCurrentUser
    }

    public static func currentDate() -> String { CalendarDate.today() }

    public var integrationsFolder: URL { projectRoot.appendingPathComponent(".claude/integrations") }
    public var artifactsFolder: URL { outputFolder ?? integrationsFolder }
}
