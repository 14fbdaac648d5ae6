import Foundation
import Testing
@testable import IntegrateCore

@Suite struct IntegrationRunTests {
    let folder = ".claude/integrations"

    @Test func freshInstallWritesFrameworkFilesAndEveryArtifact() throws {
        let project = try TestProject.sample()
        let report = try project.run()
        #expect(!report.before.exists)
        #expect(report.frameworkFiles.map(\.action) == [.installed, .installed, .installed])
        #expect(report.source == "built-in defaults")
        for file in BuiltInFramework.componentFiles + ArtifactFile.documents + [ArtifactFile.changelog, ArtifactFile.landscapeDot] {
            #expect(project.exists("\(folder)/\(file)"), "missing \(file)")
        }
        #expect(try project.read("\(folder)/integrations-prompt.md") == BuiltInFramework.prompt)
        #expect(project.exists("\(folder)/.integrate/state.json"))
        #expect(project.exists("\(folder)/.integrate/landscape.json"))
        let changelog = try project.read("\(folder)/CHANGELOG.md")
        #expect(changelog.contains("## 2026-11-28"))
    }

    @Test func aSecondRunOnAnUnchangedProjectChangesNoFile() throws {
        let project = try TestProject.sample()
        try project.run()
        let before = try project.snapshot()
        let report = try project.run(today: "2026-12-24")
        #expect(report.changedFiles.isEmpty)
        let after = try project.snapshot()
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, value) in before {
            #expect(after[path]?.0 == value.0, "\(path) changed")
            #expect(after[path]?.1 == value.1, "\(path) was rewritten")
        }
        #expect(report.before.exists)
        #expect(report.before.frameworkFiles.values.allSatisfy { $0 == .installed })
    }

    @Test func editsOutsideManagedBlocksSurviveEveryRun() throws {
        let project = try TestProject.sample()
        try project.run()
        let path = "\(folder)/error-handling.md"
        var text = try project.read(path)
        text = "<!-- my header -->\n" + text + "\n## My decisions\n\nWe accept the risk on `payments`.\n"
        text = text.replacingOccurrences(of: "## Resilience Audit\n", with: "## Resilience Audit\n\nReviewed by Ana.\n")
        try project.write(path, text)
        try project.write("orders/extra.py", "import requests\nrequests.get(INVENTORY_URL + '/stock')\n")
        try project.run()
        let after = try project.read(path)
        #expect(after.hasPrefix("<!-- my header -->\n# Error Handling"))
        #expect(after.contains("## Resilience Audit\n\nReviewed by Ana.\n"))
        #expect(after.hasSuffix("\n## My decisions\n\nWe accept the risk on `payments`.\n"))
        // Everything outside the blocks is byte for byte what the person left.
        #expect(Self.outsideBlocks(after) == Self.outsideBlocks(text))
    }

    @Test func personsChecklistItemsAndMarkersArePreserved() throws {
        let project = try TestProject.sample()
        try project.run()
        let path = "\(folder)/integrations-checklist.md"
        var text = try project.read(path)
        text = text.replacingOccurrences(of: "- [ ] Agree on ownership", with: "- [x] Agree on ownership")
        text = text.replacingOccurrences(of: "- [ ] **CACHE**", with: "- [x] **CACHE**")
        text = text.replacingOccurrences(of: "## 🛠️ Phase 2", with: "- [~] My own item under phase 1\n\n## 🛠️ Phase 2")
        try project.write(path, text)
        let report = try project.run()
        let after = try project.read(path)
        #expect(after.contains("- [x] Agree on ownership"))
        #expect(after.contains("- [~] My own item under phase 1"))
        // The person's [x] is never lowered; the disagreement is reported.
        #expect(after.contains("- [x] **CACHE**"))
        #expect(report.disagreements.map(\.item) == ["p7.caching"])
        #expect(report.frameworkFiles.first { $0.file == BuiltInFramework.checklistFile }?.action == .kept)
    }

    @Test func aCompleteMarkerTheToolSetIsLoweredWhenItsEvidenceGoes() throws {
        let project = try TestProject.sample()
        try project.run()
        let path = "\(folder)/integrations-checklist.md"
        #expect(try project.read(path).contains("- [x] **KEEP** secret values"))
        try project.write("orders/.env", "STRIPE_SECRET_KEY=sk_test_abc\n")
        let report = try project.run()
        #expect(report.landscape.config.contains { $0.kind == .secret && $0.key == "STRIPE_SECRET_KEY" })
        #expect(try project.read(path).contains("- [~] **KEEP** secret values"))
        #expect(report.disagreements.isEmpty)
        // The secret's value is reported by location only, in every file written.
        for file in ["integrations-checklist.md", "integration-architecture.md", ".integrate/landscape.json", "CHANGELOG.md"] {
            #expect(try !project.read("\(folder)/\(file)").contains("sk_test_abc"), "\(file) shows the secret")
        }
    }

    @Test func contractChangesAreRecordedInTheChangelogWithTheirLevels() throws {
        let spec = """
            openapi: 3.0.3
            info: {title: Orders, version: 1.0.0}
            paths:
              /orders:
                get:
                  parameters:
                    - {name: limit, in: query, required: false, schema: {type: integer}}
                  responses:
                    '200': {description: ok}
              /orders/{id}:
                delete:
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '204': {description: gone}
            """
        let project = try TestProject.sample()
        try project.write("orders/openapi.yaml", spec)
        try project.run()
        let revised = spec.replacingOccurrences(of: "required: false", with: "required: true")
            .replacingOccurrences(of: "version: 1.0.0", with: "version: 2.0.0")
        try project.write("orders/openapi.yaml", String(revised[..<revised.range(of: "  /orders/{id}:")!.lowerBound]))
        try project.run(today: "2026-12-01")
        let changelog = try project.read("\(folder)/CHANGELOG.md")
        let entry = String(changelog[changelog.range(of: "## 2026-12-01")!.lowerBound..<changelog.range(of: "## 2026-11-28")!.lowerBound])
        #expect(entry.contains("contract `orders/openapi.yaml`: ERR `request-parameter-became-required` GET /orders"))
        #expect(entry.contains("contract `orders/openapi.yaml`: ERR `api-path-removed-without-deprecation` DELETE /orders/{id}"))
        #expect(entry.contains("openapi contract `orders/openapi.yaml` v2.0.0"))
    }

    @Test func sourceUpdatesReachOnlyFilesThePersonNeverEdited() throws {
        let project = try TestProject.sample()
        let templates = project.home.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(BuiltInFramework.prompt.utf8).write(to: templates.appendingPathComponent("integrations-prompt.md"))
        try Data(BuiltInFramework.template.utf8).write(to: templates.appendingPathComponent("integrations-template.md"))
        try Data(BuiltInFramework.checklist.utf8).write(to: templates.appendingPathComponent("integrations-checklist.md"))
        try project.run(templates: templates.path)

        try project.write("\(folder)/integrations-template.md", BuiltInFramework.template + "\nMy local note.\n")
        try Data((BuiltInFramework.prompt + "\nNew upstream paragraph.\n").utf8).write(to: templates.appendingPathComponent("integrations-prompt.md"))
        try Data((BuiltInFramework.template + "\nUpstream template change.\n").utf8).write(to: templates.appendingPathComponent("integrations-template.md"))
        let newChecklist = BuiltInFramework.checklist.replacingOccurrences(
            of: "- [ ] Load-test critical integrations", with: "- [ ] **PLAN** capacity for peak load <!-- id: p7.capacity -->\n- [ ] Load-test critical integrations")
        try Data(newChecklist.utf8).write(to: templates.appendingPathComponent("integrations-checklist.md"))

        let report = try project.run(templates: templates.path)
        let actions = Dictionary(uniqueKeysWithValues: report.frameworkFiles.map { ($0.file, $0.action) })
        #expect(actions["integrations-prompt.md"] == .updated)
        #expect(actions["integrations-template.md"] == .kept)
        #expect(actions["integrations-checklist.md"] == .updated)
        #expect(try project.read("\(folder)/integrations-prompt.md").hasSuffix("New upstream paragraph.\n"))
        #expect(try project.read("\(folder)/integrations-template.md").hasSuffix("My local note.\n"))
        let checklist = try project.read("\(folder)/integrations-checklist.md")
        #expect(checklist.contains("**PLAN** capacity for peak load <!-- id: p7.capacity -->"))
        // Markers set on the old version were carried onto the new one.
        #expect(checklist.contains("- [x] **KEEP** secret values out of committed configuration"))

        // Once edited, a file stays the person's even if they later revert their edit.
        try project.write("\(folder)/integrations-template.md", BuiltInFramework.template + "\nUpstream template change.\n")
        try Data((BuiltInFramework.template + "\nAnother change.\n").utf8).write(to: templates.appendingPathComponent("integrations-template.md"))
        try project.run(templates: templates.path)
        #expect(try project.read("\(folder)/integrations-template.md").hasSuffix("Upstream template change.\n"))
    }

    @Test func anEditedChecklistGetsNewSourceItemsMerged() throws {
        let project = try TestProject.sample()
        try project.write("\(folder)/integrations-checklist.md", "# Ours\n\n## Phase 0: Planning\n- [x] Our own first item\n\n## Notes\nours\n")
        let report = try project.run()
        let text = try project.read("\(folder)/integrations-checklist.md")
        #expect(report.frameworkFiles.first { $0.file == BuiltInFramework.checklistFile }?.action == .merged)
        #expect(text.hasPrefix("# Ours\n\n## Phase 0: Planning\n- [x] Our own first item\n- ["))
        #expect(text.contains("<!-- id: p0.landscape -->"))
        #expect(text.contains("## 🚀 Phase 7: Performance Optimization & Scaling"))
        #expect(text.contains("## Notes\nours\n"))
        let document = ChecklistDocument(text: text)
        #expect(document.phases.map(\.number).sorted() == Array(0...7))
    }

    @Test func anIncompleteTemplatesFolderIsCompletedFromTheBuiltIns() throws {
        let project = try TestProject.sample()
        let standard = project.home.appendingPathComponent(FrameworkSource.defaultRelativePath)
        try FileManager.default.createDirectory(at: standard, withIntermediateDirectories: true)
        try Data("# Their prompt\n\n## Core Principles\n- **Decouple**: always\n".utf8).write(to: standard.appendingPathComponent("integrations-prompt.md"))
        try Data("# Extra notes\n".utf8).write(to: standard.appendingPathComponent("extra-notes.md"))
        let report = try project.run()
        #expect(report.source.contains("process-templates-n-prompts/integrations"))
        #expect(report.notes.contains { $0.contains("lacks integrations-template.md, integrations-checklist.md") })
        #expect(try project.read("\(folder)/integrations-prompt.md").hasPrefix("# Their prompt"))
        #expect(try project.read("\(folder)/extra-notes.md") == "# Extra notes\n")
        #expect(try project.read("\(folder)/integration-architecture.md").contains("1. **Decouple**: always"))
    }

    @Test func aSymlinkedTemplatesFolderIsFollowed() throws {
        let project = try TestProject.sample()
        let clone = project.home.appendingPathComponent("framework-repo/integrations")
        try FileManager.default.createDirectory(at: clone, withIntermediateDirectories: true)
        try Data("# Linked prompt\n".utf8).write(to: clone.appendingPathComponent("integrations-prompt.md"))
        let standard = project.home.appendingPathComponent(FrameworkSource.defaultRelativePath)
        try FileManager.default.createDirectory(at: standard.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: standard, withDestinationURL: clone)
        try project.run()
        #expect(try project.read("\(folder)/integrations-prompt.md") == "# Linked prompt\n")
    }

    @Test func phaseZeroAlwaysRunsFirst() throws {
        let project = try TestProject.sample()
        let report = try project.run(phases: [4, 2])
        #expect(report.phases.map(\.number) == [0, 2, 4])
        #expect(Phases.selected([7, 0, 3]).map(\.number) == [0, 3, 7])
        #expect(Phases.selected(nil).map(\.number) == Array(0...7))
    }

    @Test func dryRunWritesNothingAndShowsTheDiff() throws {
        let project = try TestProject.sample()
        let report = try project.run(dryRun: true)
        #expect(!project.exists(folder))
        #expect(report.changedFiles.contains(".claude/integrations/integrations-checklist.md"))
        #expect(report.diff?.contains("+++ b/.claude/integrations/integration-architecture.md") == true)
    }

    @Test func projectConfigIsKeptCurrentWhenItExists() throws {
        let config = "# keep me\nphases:\n  operations:\n    frameworks:\n      - name: integrations  # ours\n        command: /5.2integrate\n        status: pending\n        started: null\n        completed: null\n        artifacts: []\n"
        let project = try TestProject.sample()
        try project.write(".claude/PROJECT_CONFIG.yaml", config)
        try project.run()
        let text = try project.read(".claude/PROJECT_CONFIG.yaml")
        #expect(text.hasPrefix("# keep me\nphases:\n  operations:\n    frameworks:\n      - name: integrations  # ours\n        command: /5.2integrate\n        status: active\n        started: \"2026-11-28\"\n        completed: null\n        artifacts: [\".claude/integrations/integration-architecture.md\""))
        let other = try TestProject.sample()
        try other.run()
        #expect(!other.exists(".claude/PROJECT_CONFIG.yaml"))
    }

    // MARK: - Errors: one line naming the file, a documented exit code, nothing written.

    @Test func aMissingProjectIsAUsageError() throws {
        let project = try TestProject()
        let options = RunOptions(projectRoot: project.root.appendingPathComponent("nope"), environment: [:], home: project.home)
        let error = try #require(throws: IntegrateError.self) { try IntegrationRun(options: options).execute() }
        #expect(error.code == .usage)
        #expect(error.description.hasSuffix("nope: error: project folder does not exist"))
    }

    @Test func aFileInsteadOfAFolderIsAUsageError() throws {
        let project = try TestProject(files: ["file.txt": "x"])
        let options = RunOptions(projectRoot: project.root.appendingPathComponent("file.txt"), environment: [:], home: project.home)
        let error = try #require(throws: IntegrateError.self) { try IntegrationRun(options: options).execute() }
        #expect(error.code == .usage)
        #expect(error.description.hasSuffix("file.txt: error: is a file; give the project's folder"))
    }

    @Test func aTemplatesFolderWithoutMarkdownIsAnError() throws {
        let project = try TestProject.sample()
        let empty = project.home.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: empty.appendingPathComponent("notes.txt"))
        let error = try #require(throws: IntegrateError.self) { try project.run(templates: empty.path) }
        #expect(error.description == "\(empty.path): error: templates folder (--templates) has no .md files")
        #expect(!project.exists(folder))
    }

    @Test func malformedInputsStopTheRunBeforeAnyWrite() throws {
        let cases: [(path: String, content: String, message: String)] = [
            (".claude/PROJECT_CONFIG.yaml", "phases: [unclosed\n  - name: integrations\n", ".claude/PROJECT_CONFIG.yaml:"),
            ("\(folder)/data-mapping.md", "# Mine\n<!-- integrate:begin data-mapping.schemas -->\nhalf\n", "\(folder)/data-mapping.md:2: error: managed block `data-mapping.schemas` has no `integrate:end` marker"),
            ("\(folder)/integrations-checklist.md", "## Phase 0\n- [ ] a\u{0}b\n", "\(folder)/integrations-checklist.md: error: is a binary file, expected text"),
            ("\(folder)/.integrate/state.json", "{ not json", "state file is not valid"),
        ]
        for item in cases {
            let project = try TestProject.sample()
            try project.write(item.path, item.content)
            let before = try project.snapshot()
            let error = try #require(throws: IntegrateError.self) { try project.run() }
            #expect(error.code == .input, "\(item.path)")
            #expect(error.description.contains(item.message), "\(error.description)")
            #expect(try project.snapshot().keys.sorted() == before.keys.sorted(), "\(item.path): files were written")
        }
    }

    @Test func anUnwritableOutputFolderFailsWithoutPartialWrites() throws {
        let project = try TestProject.sample()
        try project.write("blocker", "a file where the output folder's parent should be")
        let options = project.options(output: project.root.appendingPathComponent("blocker/out"))
        let error = try #require(throws: IntegrateError.self) { try IntegrationRun(options: options).execute() }
        #expect(error.code == .output)
        #expect(!project.exists(folder + "/integrations-checklist.md"))
        #expect(!project.exists(folder + "/.integrate/state.json"))
    }

    @Test func aLiveLockStopsASecondWriter() throws {
        let project = try TestProject.sample()
        let held = try RunLock(folder: project.root.appendingPathComponent("\(folder)/.integrate"))
        let error = try #require(throws: IntegrateError.self) { try project.run() }
        #expect(error.code == .output)
        #expect(error.description.contains("another integrate run (pid \(getpid())"))
        #expect(!project.exists("\(folder)/integrations-checklist.md"))
        held.release()
        try project.write("\(folder)/.integrate/lock", "999999 2026-01-01T00:00:00Z\n")  // left by a killed run: broken
        let report = try project.run()
        #expect(report.notes.contains { $0.contains("broke a stale lock left by an interrupted run (pid 999999") })
        #expect(!project.exists("\(folder)/.integrate/lock"))
    }

    /// The text outside managed blocks, for comparing what a person owns.
    static func outsideBlocks(_ text: String) -> String {
        var result: [String] = []
        var inside = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("<!-- integrate:begin") { inside = true; continue }
            if line.hasPrefix("<!-- integrate:end") { inside = false; continue }
            if !inside { result.append(String(line)) }
        }
        return result.joined(separator: "\n")
    }
}
