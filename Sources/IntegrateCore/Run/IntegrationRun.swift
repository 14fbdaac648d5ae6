import Foundation

/// One run of the Integration Framework on a project, a chain of stages, each a value in and
/// a value out:
///
/// 1. **Framework** (`FrameworkStage`): locate the framework source, plan its files in
///    `.claude/integrations/` (install missing, update unmodified, merge the checklist into a
///    modified one), parse the checklist, template and prompt.
/// 2. **Scan** and 3. **Landscape** (`ScanResult`): map the landscape from the source tree.
/// 4. **Phases** (`[PhaseResult]`): Phase 0 first, then the selected phases in order; each
///    returns findings, evaluations, sections and generated files.
/// 5. **Plan** (`RunPlan`): checklist markers (`ChecklistMarking`), composed artifacts
///    (`ArtifactPlanner`), changelog (`ChangelogEntry`), PROJECT_CONFIG.yaml and state.
/// 6. **Write**: apply every change at once under the run lock (or diff it on a dry run).
///
/// Data flows one way; only the last stage writes.
public struct IntegrationRun: Sendable {
    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    public func execute() throws -> RunReport {
        let root = try Self.validateProject(options.projectRoot)
        let folders = RunFolders(root: root, output: options.outputFolder)
        let existedBefore = FrameworkInspection.inspect(integrationsFolder: folders.integrations, outputFolder: folders.output)
        // The lock comes before anything the run will write is read; an interrupted write is
        // completed (or its orphans removed) under it.
        let lock = options.dryRun ? nil : try RunLock(folder: folders.state)
        defer { lock?.release() }
        let recovered = options.dryRun ? [] : try WriteTransaction.recover(stateFolder: folders.state, folders: [root.appendingPathComponent(".claude"), folders.output])
        let before = recovered.isEmpty ? existedBefore : FrameworkInspection.inspect(integrationsFolder: folders.integrations, outputFolder: folders.output)

        var framework = try installFramework(folders, notes: ((lock?.staleNote).map { [$0] } ?? []) + recovered)
        let scan = try scanLandscape(folders)
        let context = PhaseContext(
            root: root, landscape: scan.landscape, principles: framework.prompt.principles, diagnostics: scan.diagnostics,
            sources: SourceCache(root: root), metricsConvention: options.metricsConvention)
        let results = Phases.selected(options.phases).map { $0.run(context) }
        let plan = try planChanges(folders, framework: &framework, landscape: scan.landscape, results: results)

        var report = RunReport(
            project: root.path, before: before, source: framework.source.description, frameworkFiles: framework.plan.actions, notes: plan.notes,
            landscape: scan.landscape, diagnostics: scan.diagnostics, skipped: scan.skipped,
            phases: results.map { result in
                RunReport.PhaseSummary(number: result.phase, title: Phases.all.first { $0.number == result.phase }?.title ?? "", findings: result.findings, evaluations: result.evaluations)
            },
            markerCounts: Dictionary(plan.checklist.markerCounts.map { ($0.key.label, $0.value) }) { _, last in last },
            disagreements: plan.disagreements, changedFiles: plan.changes.changes.map(\.displayPath).sorted(),
            dryRun: options.dryRun, diff: nil)
        if options.dryRun {
            report.diff = plan.changes.diff()
        } else if !plan.changes.isEmpty {
            try plan.changes.apply(stateFolder: folders.state)
        }
        return report
    }

    /// Stage 1, Framework: the framework source located, its files planned (installed, updated
    /// or merged), and the checklist, template and prompt the run follows.
    private func installFramework(_ folders: RunFolders, notes: [String]) throws -> FrameworkStage {
        let source = try FrameworkSource.locate(explicit: options.templatesDirectory, environment: options.environment, home: options.home)
        var state = try FrameworkState.load(from: folders.integrations) ?? FrameworkState()
        state.toolVersion = IntegrateVersion.current
        var notes = notes + source.notes + SecretRedactor.problems
        if !source.completedFromBuiltIn.isEmpty {
            notes.append("the templates folder lacks \(source.completedFromBuiltIn.joined(separator: ", ")): completed from the built-in defaults")
        }
        var installer = FrameworkInstaller(folder: folders.integrations, source: source, state: state)
        let plan = try installer.plan()
        let checklist = ChecklistDocument(text: plan.contents[BuiltInFramework.checklistFile] ?? BuiltInFramework.checklist)
        if !checklist.duplicateIDs.isEmpty {
            notes.append("checklist ids used more than once: \(checklist.duplicateIDs.joined(separator: ", ")); only the first is evaluated")
        }
        return FrameworkStage(
            source: source, plan: plan, state: installer.state, notes: notes, checklist: checklist,
            template: TemplateDocument(text: plan.contents[BuiltInFramework.templateFile] ?? BuiltInFramework.template),
            prompt: PromptDocument(text: plan.contents[BuiltInFramework.promptFile] ?? BuiltInFramework.prompt))
    }

    /// Stages 2 and 3, Scan and Landscape: the source tree mapped, with the project's own rules
    /// from `.claude/integrations/rules` unless the options name a folder.
    private func scanLandscape(_ folders: RunFolders) throws -> ScanResult {
        var scanOptions = options.scan
        if scanOptions.userRulesDirectory == nil { scanOptions.userRulesDirectory = folders.integrations.appendingPathComponent("rules") }
        return try ProjectScanner(options: scanOptions).scan(root: folders.root)
    }

    /// Stage 5, Plan: checklist markers, framework files and their hashes, composed artifacts,
    /// changelog, contract snapshots, PROJECT_CONFIG.yaml and, last, the state that records
    /// what this run writes. Nothing is written here.
    private func planChanges(_ folders: RunFolders, framework: inout FrameworkStage, landscape: Landscape, results: [PhaseResult]) throws -> RunPlan {
        let root = folders.root
        var state = framework.state
        var changes = ChangeSet()
        var notes = framework.notes

        let marking = ChecklistMarking(applying: results.map(\.evaluations), to: framework.checklist, state: &state)
        framework.plan.contents[BuiltInFramework.checklistFile] = marking.checklist.text
        for name in framework.plan.contents.keys.sorted() {
            guard let content = framework.plan.contents[name] else { continue }
            changes.write(content, to: folders.integrations.appendingPathComponent(name), current: framework.plan.current[name], root: root)
            let sourceHash = framework.source.files[name].map(ContentHash.of) ?? state.files[name]?.sourceHash ?? ""
            state.files[name] = .init(sourceHash: sourceHash, writtenHash: ContentHash.of(content), edited: state.files[name]?.edited ?? false)
        }

        var generated = results.reduce(into: [String: String]()) { $0.merge($1.files) { a, _ in a } }
        generated[ArtifactFile.landscapeDot] = LandscapeDiagram.dot(landscape)
        for format in options.exports {
            let folder = folders.output.appendingPathComponent(ExportFormat.folder)
            generated[ExportFormat.folder + "/" + format.fileName] = ProjectExport.render(format, landscape: landscape, root: root, folder: folder)
        }
        let planner = ArtifactPlanner(root: root, output: folders.output, template: framework.template, restoreDeletedBlocks: options.restoreDeletedBlocks)
        let artifacts = try planner.plan(sections: results.flatMap(\.sections), generated: generated, state: &state, changes: &changes)
        notes += artifacts.notes

        let landscapeURL = folders.state.appendingPathComponent("landscape.json")
        let previousText = try TextFile.readIfExists(landscapeURL)
        let previous = previousLandscape(previousText, url: landscapeURL, root: root, notes: &notes)
        let history = ContractHistory(root: root, stateFolder: folders.state, specs: landscape.specs, today: options.today)
        notes += history.notes
        for snapshot in history.snapshots {
            changes.write(snapshot.text, to: snapshot.url, current: snapshot.previous, root: root)
        }
        let entry = ChangelogEntry(from: previous, to: landscape, changed: history.entries + marking.changes)
        let changelogURL = folders.output.appendingPathComponent(ArtifactFile.changelog)
        let changelog = try TextFile.readIfExists(changelogURL, displayPath: ChangeSet.relative(changelogURL, to: root))
        if let updated = ChangelogWriter.add(entry: entry, date: options.today, to: changelog) {
            changes.write(updated, to: changelogURL, current: changelog, root: root)
        }
        changes.write(StableJSON.encode(landscape), to: landscapeURL, current: previousText, root: root)

        let evaluatedIDs = Set(results.flatMap(\.evaluations.keys))
        let evaluated = marking.checklist.items.filter { item in item.id.map(evaluatedIDs.contains) ?? false }
        let status: ProjectConfigUpdater.Status = evaluated.allSatisfy { $0.marker == .done } ? .completed : .active
        try updateProjectConfig(folders, status: status, artifacts: artifacts.written + [ArtifactFile.changelog], changes: &changes, notes: &notes)

        let stateURL = folders.state.appendingPathComponent(FrameworkState.fileName)
        changes.write(state.encoded(), to: stateURL, current: try TextFile.readIfExists(stateURL), root: root)
        let disagreements = marking.kept.map { RunReport.Disagreement(item: $0.item, marker: $0.marker, evaluated: $0.evaluated, reason: $0.reason) }
        return RunPlan(changes: changes, notes: notes, checklist: marking.checklist, disagreements: disagreements)
    }

    /// The landscape the last run recorded; a file that does not decode is named in a note and
    /// the changelog compares with nothing this time.
    private func previousLandscape(_ text: String?, url: URL, root: URL, notes: inout [String]) -> Landscape? {
        guard let text else { return nil }
        do throws(YAMLLoadError) {
            return try YAMLLoader.decodeJSON(Landscape.self, from: text, file: ChangeSet.relative(url, to: root))
        } catch {
            notes.append("\(error.description): the changelog compares with nothing this time; the file is rewritten")
            return nil
        }
    }

    /// PROJECT_CONFIG.yaml's `integrations` entry, only when the file exists.
    private func updateProjectConfig(
        _ folders: RunFolders, status: ProjectConfigUpdater.Status, artifacts: [String], changes: inout ChangeSet, notes: inout [String]
    ) throws {
        let path = ".claude/PROJECT_CONFIG.yaml"
        let configURL = folders.root.appendingPathComponent(path)
        guard let configText = try TextFile.readIfExists(configURL, displayPath: path) else { return }
        let relativeOutput = ChangeSet.relative(folders.output, to: folders.root)
        let updater = ProjectConfigUpdater(status: status, today: options.today, artifacts: artifacts.map { "\(relativeOutput)/\($0)" })
        if let updated = try updater.update(configText, path: path) {
            changes.write(updated, to: configURL, current: configText, root: folders.root)
        } else {
            notes.append("\(path) has no `integrations` framework entry: left unchanged")
        }
    }

    /// The project folder, resolved; a missing path or a file is a usage error.
    public static func validateProject(_ url: URL) throws -> URL {
        let root = url.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else {
            throw IntegrateError(.usage, "project folder does not exist", path: url.path)
        }
        guard isDirectory.boolValue else {
            throw IntegrateError(.usage, "is a file; give the project's folder", path: url.path)
        }
        guard FileManager.default.isReadableFile(atPath: root.path) else {
            throw IntegrateError(.usage, "project folder cannot be read", path: url.path)
        }
        return root
    }
}
