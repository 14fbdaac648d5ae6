import Foundation

/// One run of the Integration Framework on a project, end to end:
///
/// 1. **Framework**: inspect `.claude/integrations/`, locate the framework source, install
///    missing files, update unmodified ones, merge the checklist into a modified one.
/// 2. **Load**: parse the prompt (principles), template (artifact structure), checklist (phases).
/// 3. **Scan**: map the landscape from the source tree (Phase 0's input).
/// 4. **Phases**: Phase 0 first, then the selected phases in order; each returns findings,
///    evaluations and sections.
/// 5. **Artifacts**: set checklist markers, render sections into managed blocks, add a changelog
///    entry, update PROJECT_CONFIG.yaml and state, then write everything at once (or diff it).
///
/// Data flows one way; only the last step writes.
public struct IntegrationRun: Sendable {
    public var options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    public func execute() throws -> RunReport {
        let root = try Self.validateProject(options.projectRoot)
        let integrations = root.appendingPathComponent(".claude/integrations")
        let output = options.outputFolder?.standardizedFileURL ?? integrations
        let stateFolder = integrations.appendingPathComponent(FrameworkState.folder)
        let existedBefore = FrameworkInspection.inspect(integrationsFolder: integrations, outputFolder: output)
        // The lock comes before anything the run will write is read; an interrupted write is
        // completed (or its orphans removed) under it.
        let lock = options.dryRun ? nil : try RunLock(folder: stateFolder)
        defer { lock?.release() }
        let recovered = options.dryRun ? [] : try WriteTransaction.recover(stateFolder: stateFolder, folders: [root.appendingPathComponent(".claude"), output])
        let before = recovered.isEmpty ? existedBefore : FrameworkInspection.inspect(integrationsFolder: integrations, outputFolder: output)

        // 1. Framework files.
        let source = try FrameworkSource.locate(explicit: options.templatesDirectory, environment: options.environment, home: options.home)
        var state = try FrameworkState.load(from: integrations) ?? FrameworkState()
        state.toolVersion = IntegrateVersion.current
        var changes = ChangeSet()
        var notes = (lock?.staleNote).map { [$0] } ?? []
        notes += recovered + source.notes
        if !source.completedFromBuiltIn.isEmpty {
            notes.append("the templates folder lacks \(source.completedFromBuiltIn.joined(separator: ", ")): completed from the built-in defaults")
        }
        var installer = FrameworkInstaller(folder: integrations, source: source, state: state)
        var framework = try installer.plan()
        state = installer.state

        // 2. Load.
        let checklistText = framework.contents[BuiltInFramework.checklistFile] ?? BuiltInFramework.checklist
        var checklist = ChecklistDocument(text: checklistText)
        if !checklist.duplicateIDs.isEmpty {
            notes.append("checklist ids used more than once: \(checklist.duplicateIDs.joined(separator: ", ")); only the first is evaluated")
        }
        let template = TemplateDocument(text: framework.contents[BuiltInFramework.templateFile] ?? BuiltInFramework.template)
        let prompt = PromptDocument(text: framework.contents[BuiltInFramework.promptFile] ?? BuiltInFramework.prompt)

        // 3. Scan.
        var scanOptions = options.scan
        if scanOptions.userRulesDirectory == nil { scanOptions.userRulesDirectory = integrations.appendingPathComponent("rules") }
        let scan = try ProjectScanner(options: scanOptions).scan(root: root)
        let landscape = scan.landscape

        // 4. Phases, Phase 0 first.
        let context = PhaseContext(root: root, landscape: landscape, principles: prompt.principles, diagnostics: scan.diagnostics, sources: SourceCache(root: root), metricsConvention: options.metricsConvention)
        let results = Phases.selected(options.phases).map { $0.run(context) }

        // 5a. Checklist markers.
        let previousChecklist = ChecklistDocument(text: checklistText)
        var policy = MarkerPolicy(toolMarkers: state.markers, toolReasons: state.blockedReasons)
        let disagreements = results.flatMap { policy.apply($0.evaluations, to: &checklist) }
            .map { RunReport.Disagreement(item: $0.item, marker: $0.marker, evaluated: $0.evaluated, reason: $0.reason) }
        (state.markers, state.blockedReasons) = (policy.toolMarkers, policy.toolReasons)
        framework.contents[BuiltInFramework.checklistFile] = checklist.text
        let markerChanges = checklist.items.compactMap { item -> String? in
            guard let id = item.id, let old = previousChecklist.item(id: id), old.marker != item.marker else { return nil }
            return "checklist `\(id)`: \(old.marker.box) → \(item.marker.box)"
        }

        // 5b. Framework files and their hashes.
        for name in framework.contents.keys.sorted() {
            guard let content = framework.contents[name] else { continue }
            let url = integrations.appendingPathComponent(name)
            changes.write(content, to: url, current: framework.current[name], root: root)
            let sourceHash = source.files[name].map(ContentHash.of) ?? state.files[name]?.sourceHash ?? ""
            state.files[name] = .init(sourceHash: sourceHash, writtenHash: ContentHash.of(content), edited: state.files[name]?.edited ?? false)
        }

        // 5c. Artifacts.
        let sections = results.flatMap(\.sections)
        var artifactNames: [String] = []
        for file in ArtifactFile.documents {
            let prefix = Self.relativePath(from: output.appendingPathComponent(file).deletingLastPathComponent(), to: root)
            let own = sections.filter { $0.file == file }.map { section in
                var linked = section
                linked.markdown = section.markdown.replacingOccurrences(of: Markdown.rootLink, with: "](" + Markdown.linkPath(prefix))
                return linked
            }
            guard !own.isEmpty, let layout = template.layout(for: file) else { continue }
            let url = output.appendingPathComponent(file)
            let current = try TextFile.readIfExists(url, displayPath: ChangeSet.relative(url, to: root))
            let composer = ArtifactComposer(layout: layout, restoreDeleted: options.restoreDeletedBlocks)
            let composed = try composer.compose(
                existing: current, sections: own, previouslyWritten: Set(state.blocks[file] ?? []), path: ChangeSet.relative(url, to: root))
            changes.write(composed.text, to: url, current: current, root: root)
            state.blocks[file] = Array(Set(state.blocks[file] ?? []).union(composed.blocks)).sorted()
            artifactNames.append(file)
        }
        var generated = results.reduce(into: [String: String]()) { $0.merge($1.files) { a, _ in a } }
        generated[ArtifactFile.landscapeDot] = LandscapeDiagram.dot(landscape)
        for format in options.exports {
            let folder = output.appendingPathComponent(ExportFormat.folder)
            generated[ExportFormat.folder + "/" + format.fileName] = ProjectExport.render(format, landscape: landscape, root: root, folder: folder)
        }
        for (file, content) in generated.sorted(by: { $0.key < $1.key }) {
            let url = output.appendingPathComponent(file)
            let current = try TextFile.readIfExists(url, displayPath: ChangeSet.relative(url, to: root))
            if let current, let recorded = state.files[file], recorded.writtenHash != ContentHash.of(current) {
                notes.append("\(file) was edited by hand: kept; delete it to regenerate")
                continue
            }
            changes.write(content, to: url, current: current, root: root)
            state.files[file] = .init(sourceHash: ContentHash.of(content), writtenHash: ContentHash.of(content))
            artifactNames.append(file)
        }

        // 5d. Changelog from the previous landscape and the marker changes.
        let landscapeURL = stateFolder.appendingPathComponent("landscape.json")
        let previousText = try TextFile.readIfExists(landscapeURL)
        var previous: Landscape?
        if let previousText {
            do throws(YAMLLoadError) {
                previous = try YAMLLoader.decodeJSON(Landscape.self, from: previousText, file: ChangeSet.relative(landscapeURL, to: root))
            } catch {
                notes.append("\(error.description): the changelog compares with nothing this time; the file is rewritten")
            }
        }
        var entry: [String: [String]] = [:]
        if let previous {
            let diff = LandscapeChanges(from: previous, to: landscape)
            entry["Added"] = diff.added
            entry["Removed"] = diff.removed
        } else {
            entry["Added"] = ["integration map: \(landscape.components.count) components, \(landscape.productionPoints.count) integration points, \(landscape.resources.count) stores, brokers and external systems, \(landscape.specs.count) contracts"]
        }
        let history = ContractHistory(root: root, stateFolder: stateFolder, specs: landscape.specs, today: options.today)
        entry["Changed"] = history.entries + markerChanges
        for snapshot in history.snapshots {
            changes.write(snapshot.text, to: snapshot.url, current: snapshot.previous, root: root)
        }
        let changelogURL = output.appendingPathComponent(ArtifactFile.changelog)
        let changelog = try TextFile.readIfExists(changelogURL, displayPath: ChangeSet.relative(changelogURL, to: root))
        if let updated = ChangelogWriter.add(entry: entry, date: options.today, to: changelog) {
            changes.write(updated, to: changelogURL, current: changelog, root: root)
        }
        artifactNames.append(ArtifactFile.changelog)
        changes.write(StableJSON.encode(landscape), to: landscapeURL, current: previousText, root: root)

        // 5e. PROJECT_CONFIG.yaml, only when it exists.
        let evaluatedIDs = Set(results.flatMap(\.evaluations.keys))
        let evaluated = checklist.items.filter { item in item.id.map(evaluatedIDs.contains) ?? false }
        let status: ProjectConfigUpdater.Status = evaluated.allSatisfy { $0.marker == .done } ? .completed : .active
        let configURL = root.appendingPathComponent(".claude/PROJECT_CONFIG.yaml")
        if let configText = try TextFile.readIfExists(configURL, displayPath: ".claude/PROJECT_CONFIG.yaml") {
            let relativeOutput = ChangeSet.relative(output, to: root)
            let updater = ProjectConfigUpdater(status: status, today: options.today, artifacts: artifactNames.map { "\(relativeOutput)/\($0)" })
            if let updated = try updater.update(configText, path: ".claude/PROJECT_CONFIG.yaml") {
                changes.write(updated, to: configURL, current: configText, root: root)
            } else {
                notes.append(".claude/PROJECT_CONFIG.yaml has no `integrations` framework entry: left unchanged")
            }
        }

        // 5f. State last, so it records what this run wrote.
        let stateURL = stateFolder.appendingPathComponent(FrameworkState.fileName)
        changes.write(state.encoded(), to: stateURL, current: try TextFile.readIfExists(stateURL), root: root)

        var counts: [String: Int] = [:]
        for (marker, count) in checklist.markerCounts { counts[marker.label] = count }
        var report = RunReport(
            project: root.path, before: before, source: source.description, frameworkFiles: framework.actions, notes: notes,
            landscape: landscape, diagnostics: scan.diagnostics, skipped: scan.skipped,
            phases: results.map { result in
                RunReport.PhaseSummary(number: result.phase, title: Phases.all.first { $0.number == result.phase }?.title ?? "", findings: result.findings, evaluations: result.evaluations)
            },
            markerCounts: counts, disagreements: disagreements, changedFiles: changes.changes.map(\.displayPath).sorted(),
            dryRun: options.dryRun, diff: nil)
        if options.dryRun {
            report.diff = changes.diff()
        } else if !changes.isEmpty {
            try changes.apply(stateFolder: stateFolder)
        }
        return report
    }

    /// The relative path (ending in `/`) from `folder` to `target`, e.g. `../../`; absolute
    /// when they share no ancestor but `/`.
    static func relativePath(from folder: URL, to target: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents
        let to = target.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        if common <= 1 { return target.standardizedFileURL.path + "/" }
        let up = Array(repeating: "..", count: from.count - common)
        let down = Array(to[common...])
        let parts = up + down
        return parts.isEmpty ? "./" : parts.joined(separator: "/") + "/"
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
