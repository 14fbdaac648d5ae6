import Dispatch
import Foundation

/// The result of scanning a project: its landscape plus what was reported or skipped on the way.
public struct ScanResult: Codable, Sendable {
    public var landscape: Landscape
    public var diagnostics: [Diagnostic]
    public var skipped: [SkippedFile]

    public init(landscape: Landscape, diagnostics: [Diagnostic], skipped: [SkippedFile]) {
        self.landscape = landscape
        self.diagnostics = diagnostics
        self.skipped = skipped
    }
}

/// Phase 0's mapping from the source tree: walk -> structural facts + source rules -> resolve.
public struct ProjectScanner: Sendable {
    public var options: ScanOptions

    public init(options: ScanOptions = ScanOptions()) {
        self.options = options
    }

    /// Walks, reads and resolves the project at `root`; a missing folder or a file is a usage
    /// error, every recoverable problem a `Diagnostic` in the result.
    public func scan(root: URL) throws -> ScanResult {
        let root = try IntegrationRun.validateProject(root)
        let walk = try FileWalker(options: options).walk(root: root)
        // The structural pass is mostly one thread; it runs beside the source pass (which uses
        // every core) instead of after it. Both only read the walked files.
        let (source, facts) = Concurrently.run(
            { SourceScanner(options: options).scan(files: walk.files) },
            { StructuralScanner().scan(root: root, files: walk.files) })
        var landscape = LandscapeResolver().resolve(facts: facts, source: source)
        var sources = ComponentSources(files: walk.files, components: landscape.components)
        landscape.edges = EdgeCorroboration(landscape: landscape, sharedConfig: facts.sharedConfig).edges(sources: &sources)
        let clients = GoClientPackages(landscape: landscape, files: walk.files).edges()
        landscape.edges = clients.edges
        landscape.unresolved.removeAll { clients.resolved.contains($0) }
        landscape.setup = SetupFactResolver().resolve(source.setup, components: landscape.components)
        let oversized = OversizedSpecs.diagnostics(skipped: walk.skipped, root: root, maxFileSize: options.maxFileSize)
        return ScanResult(landscape: landscape, diagnostics: facts.diagnostics + oversized + source.diagnostics, skipped: walk.skipped)
    }
}
