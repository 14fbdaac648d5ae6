import Foundation
import IntegrateCore
import MCP

/// The tools `integrate mcp` offers, in the order `tools/list` shows them (the order a session
/// uses them: map, see progress, run, then the contract checks).
/// `verify` (in `VerifyTool.swift`) calls the IntegrateVerify library.
public enum IntegrateTools {
    public static let all: [IntegrateTool] = [scan, status, run, contractsDiff, contractsLint, verify]

    public static func named(_ name: String) -> IntegrateTool? { all.first { $0.name == name } }

    static let pathArgument = IntegrateTool.Argument("path", "string", "Project folder (default: the folder the server was started in).")

    /// `integrate scan --format json`.
    public static let scan = IntegrateTool(
        name: "scan",
        description: "Map the project's integration landscape (Phase 0): components, integration points with file:line evidence, edges, data stores, brokers, external systems, unresolved targets. Writes nothing. Returns the same JSON as `integrate scan --format json`.",
        arguments: [pathArgument]
    ) { arguments in
        IntegrateTool.text(StableJSON.encode(try scanProject(arguments.project())))
    }

    /// `integrate status --format json`.
    public static let status = IntegrateTool(
        name: "status",
        description: "Checklist progress per phase, item by item, with the evidence and where it disagrees with a marker a person set. Writes nothing. Needs `integrate` to have run on the project once.",
        arguments: [pathArgument]
    ) { arguments in
        let options = RunOptions(projectRoot: try arguments.project(), dryRun: true)
        let status = try StatusReport.load(options: options, notSetUp: "call the `run` tool with dry_run false first")
        return IntegrateTool.text(StableJSON.encode(status))
    }

    /// `integrate run --dry-run --format json` unless `dry_run` is false.
    public static let run = IntegrateTool(
        name: "run",
        description: "Run the Integration Framework (Phase 0, then Phases 1-7). A dry run by default: nothing is written and the first text is the unified diff of what would change; the second is the run report as JSON. With dry_run false it writes .claude/integrations/ (managed blocks only; a person's words are kept).",
        arguments: [
            pathArgument,
            .init("dry_run", "boolean", "Write nothing and return the diff (default true)."),
            .init("phases", "array", "Run only these phases (1-7) after Phase 0."),
        ],
        readOnly: false
    ) { arguments in
        let dryRun = try arguments.bool("dry_run", default: true)
        let phases = try arguments.integers("phases")
        if let bad = phases?.first(where: { !(0...7).contains($0) }) {
            throw IntegrateError(.usage, "phase \(bad) does not exist; phases are 0-7")
        }
        let report = try IntegrationRun(options: RunOptions(projectRoot: arguments.project(), phases: phases, dryRun: dryRun)).execute()
        let summary = dryRun ? (report.diff ?? "") : report.changedFiles.joined(separator: "\n")
        return IntegrateTool.text(summary.isEmpty ? "no changes" : summary, StableJSON.encode(report))
    }

    /// `integrate contracts diff BASE REVISION --format json` (or `--base REV`).
    public static let contractsDiff = IntegrateTool(
        name: "contracts_diff",
        description: "Breaking changes between two versions of an OpenAPI spec, with oasdiff's check ids and levels, and the consumers each change affects. Give base and revision (files or git:REV:path), or base_revision to compare every spec of the project with its version at that git revision. Returns JSON.",
        arguments: [
            pathArgument,
            .init("base", "string", "Base spec: a file or git:REV:path."),
            .init("revision", "string", "Revision spec: a file or git:REV:path."),
            .init("base_revision", "string", "Compare every spec of the project with its version at this git revision."),
        ]
    ) { arguments in
        let root = try arguments.project()
        var diffRun = ContractDiffRun()
        diffRun.landscape = try? scanProject(root).landscape
        let reports: [DiffReport]
        switch (try arguments.string("base"), try arguments.string("revision"), try arguments.string("base_revision")) {
        case (let base?, let revision?, nil):
            reports = [try diffRun.run(base: specSource(base, arguments, project: root), revision: specSource(revision, arguments, project: root))]
        case (nil, nil, let revision?):
            reports = try diffRun.runProject(root: root, revision: revision)
        default:
            throw IntegrateError(.usage, "give base and revision, or base_revision (not both)")
        }
        return IntegrateTool.text(try DiffJSONRenderer().render(reports))
    }

    /// `integrate contracts lint --format json`.
    public static let contractsLint = IntegrateTool(
        name: "contracts_lint",
        description: "Integration-readiness rules over OpenAPI specs (error responses, pagination, security, versioned servers, ...). Without specs, every OpenAPI/Swagger file of the project. Returns JSON findings with file and line.",
        arguments: [pathArgument, .init("specs", "array", "Spec files (default: every spec of the project).")]
    ) { arguments in
        let root = try arguments.project()
        var files = try arguments.values["specs"]?.arrayValue.map { list in
            try list.map { item throws(IntegrateError) -> String in
                guard let text = item.stringValue else { throw IntegrateError(.usage, "argument `specs` must be a list of paths") }
                return arguments.resolve(text)
            }
        } ?? []
        if files.isEmpty { files = try SpecDiscovery.find(root: root).map { root.appendingPathComponent($0).path } }
        let linter = ContractLinter(config: LintConfig())
        var findings: [LintFinding] = []
        for file in files { findings += linter.lint(try SpecLoader().load(.file(file))) }
        return IntegrateTool.text(try LintRenderer.json(findings))
    }

    static func scanProject(_ root: URL) throws -> ScanResult {
        let rules = root.appendingPathComponent(".claude/integrations/rules")
        return try ProjectScanner(options: ScanOptions(userRulesDirectory: rules)).scan(root: root)
    }

    /// A spec argument: `git:REV:path` read from the project's repository, a file from the server's folder.
    static func specSource(_ text: String, _ arguments: ToolArguments, project: URL) -> SpecSource {
        SpecSource.parse(text.hasPrefix("git:") ? text : arguments.resolve(text), repository: project.path)
    }
}
