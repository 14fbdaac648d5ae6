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
        let consumers = landscape.map { ConsumerImpact.consumers(of: changes, in: $0) } ?? []
        return DiffReport(base: base.displayName, revision: revision.displayName, changes: changes, consumers: consumers)
    }

    /// `--base REV`: every spec of the project diffed against its version at `revision`; specs
    /// that did not exist at that revision are reported as all-new (every operation added).
    public func runProject(root: URL, revision: String) throws -> [DiffReport] {
        let git = GitFileReader(repository: root.path)
        let tracked = Set(try git.listFiles(revision: revision))
        var reports: [DiffReport] = []
        for path in SpecDiscovery.find(root: root) {
            let current = try SpecLoader().load(.file(root.appendingPathComponent(path).path))
            let old: OpenAPIDocument
            if tracked.contains(path) {
                old = try SpecLoader().load(.git(revision: revision, path: path, repository: root.path))
            } else {
                old = try SpecLoader().load(text: "openapi: 3.0.0\ninfo: {title: none, version: '0'}\npaths: {}\n", name: "git:\(revision):\(path) (absent)")
            }
            reports.append(report(base: old, revision: current))
        }
        return reports
    }
}
