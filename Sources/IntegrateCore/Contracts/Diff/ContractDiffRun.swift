import Foundation

/// One `contracts diff` run: load both sides, diff, apply the policy, attach consumer impact.
public struct ContractDiffRun: Sendable {
    public var options: DiffOptions
    public var policy: DiffPolicy
    /// Landscape used for consumer impact; `nil` outside a project.
    public var landscape: Landscape?

    public init(options: DiffOptions = DiffOptions(), policy: DiffPolicy = DiffPolicy(), landscape: Landscape? = nil) {
        self.options = options
        self.policy = policy
        self.landscape = landscape
    }

    public func run(base: SpecSource, revision: SpecSource) throws -> DiffReport {
        let loader = SpecLoader()
        let old = try loader.load(base)
        let new = try loader.load(revision)
        return report(base: old, revision: new)
    }

    public func report(base: OpenAPIDocument, revision: OpenAPIDocument) -> DiffReport {
        let changes = policy.apply(ContractDiffer(options: options).diff(base: base, revision: revision))
        let consumers: [[ConsumerImpact.Consumer]] = landscape.map { landscape -> [[ConsumerImpact.Consumer]] in
            let provider = ConsumerImpact.provider(specPath: revision.displayName, servers: revision.servers + base.servers, in: landscape)
            return ConsumerImpact.consumers(of: changes, in: landscape, provider: provider)
        } ?? []
        return DiffReport(base: base.displayName, revision: revision.displayName, changes: changes, consumers: consumers)
    }

    /// `--base REV`: every spec of the project diffed against its version at `revision`. A spec
    /// new since then is compared with an empty spec (every operation added); a spec deleted
    /// since then is compared the other way (every operation removed).
    public func runProject(root: URL, revision: String) throws -> [DiffReport] {
        let git = GitFileReader(repository: root.path)
        let tracked = try git.listFiles(revision: revision)
        let trackedSet = Set(tracked)
        let current = try SpecDiscovery.find(root: root)
        var reports: [DiffReport] = []
        for path in current {
            let new = try SpecLoader().load(.file(root.appendingPathComponent(path).path))
            let old = trackedSet.contains(path)
                ? try SpecLoader().load(.git(revision: revision, path: path, repository: root.path))
                : try Self.empty("git:\(revision):\(path) (absent)")
            reports.append(report(base: old, revision: new))
        }
        let present = Set(current)
        for path in tracked where !present.contains(path) && ["yaml", "yml", "json"].contains((path as NSString).pathExtension.lowercased())
            && !FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) {
            guard let text = try? git.read(revision: revision, path: path), SpecDiscovery.isSpecText(text, json: path.lowercased().hasSuffix(".json")) else { continue }
            let old = try SpecLoader().load(.git(revision: revision, path: path, repository: root.path))
            reports.append(report(base: old, revision: try Self.empty("\(path) (deleted)")))
        }
        return reports
    }

    private static func empty(_ name: String) throws -> OpenAPIDocument {
        try SpecLoader().load(text: "openapi: 3.0.0\ninfo: {title: none, version: '0'}\npaths: {}\n", name: name)
    }
}
