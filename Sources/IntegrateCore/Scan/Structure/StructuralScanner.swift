import Foundation

/// What the tree states structurally: manifests, deployment config, specs and env keys.
public struct StructuralFacts: Sendable {
    public var components: [Component]
    public var resources: [Resource]
    public var specs: [APISpec]
    public var config: [ConfigEntry]
    /// Edges stated by deployment config alone (`depends_on`, env URLs naming services).
    public var edges: [Edge]
    public var diagnostics: [Diagnostic]
    /// Where config lines come from a bag several deployables read whole (a ConfigMap behind
    /// `envFrom`): an edge resting on such a line alone needs the reader's code to name the key.
    public var sharedConfig: Set<Evidence> = []
    /// Host ports that compose services publish (`ports: ["5105:80"]`), to the node that
    /// publishes each: `http://host.docker.internal:5105` from a container reaches that node.
    public var publishedPorts: [Int: String] = [:]

    public init(
        components: [Component] = [], resources: [Resource] = [], specs: [APISpec] = [], config: [ConfigEntry] = [],
        edges: [Edge] = [], diagnostics: [Diagnostic] = []
    ) {
        self.components = components
        self.resources = resources
        self.specs = specs
        self.config = config
        self.edges = edges
        self.diagnostics = diagnostics
    }
}

/// Maps manifests, docker-compose, Kubernetes, env files and API specs into structural facts.
///
/// Components come from folders with a manifest or Dockerfile, compose services and Kubernetes
/// workloads, merged by path, service name and image; stores and brokers from images and client
/// libraries; config entries from env files and deployment env, secrets by location only.
public struct StructuralScanner: Sendable {
    public init() {}

    public func scan(root: URL, files allFiles: [WalkedFile]) -> StructuralFacts {
        var builder = StructuralFactsBuilder(rootName: root.standardizedFileURL.lastPathComponent)
        let files = allFiles.filter { !Self.isTestOrExample($0.path) }
        let project = ProjectFiles(files: files)
        var diagnostics: [Diagnostic] = []

        let manifests = files.filter { ManifestDetector.isManifest(ProjectFiles.name($0.path)) }
        var dependencies: [ManifestDetector.Dependency] = []
        var references: [(manifest: String, path: String)] = []
        var entryPoints: [String: Bool] = [:]
        for file in manifests {
            builder.addManifest(path: file.path)
            if let text = project.text(file, diagnostics: &diagnostics) {
                dependencies += ManifestDetector().dependencies(path: file.path, text: text)
                references += ManifestReferences.references(path: file.path, text: text).map { (file.path, $0.path) }
                entryPoints[file.path] = ManifestReferences.declaresEntryPoint(path: file.path, text: text)
            }
        }
        builder.addExecutables(ExecutableDetector().executables(files: project, diagnostics: &diagnostics))
        for service in ComposeDetector().services(files: project, diagnostics: &diagnostics) {
            builder.addComposeService(service)
        }
        builder.addComposeEdges()
        let kubernetes = KubernetesDetector().manifests(files: project, diagnostics: &diagnostics)
        for workload in kubernetes.workloads { builder.addWorkload(workload) }
        for service in kubernetes.services { builder.addKubernetesService(service) }
        for variable in kubernetes.unreferenced {
            builder.addSetting(key: variable.key, value: variable.value, path: variable.evidence.path, line: variable.evidence.line,
                               forceSecret: variable.value == nil)
        }
        for setting in ConfigFileDetector().settings(files: project, diagnostics: &diagnostics) {
            builder.addSetting(key: setting.key, value: setting.value, path: setting.path, line: setting.line)
        }
        // Credentials by format in every text file, tests and fixtures included (only dummies
        // are left out, see `SecretFormats`).
        do {
            let secrets = try SecretScanner().entries(files: allFiles, owner: { builder.owner(of: $0) }, diagnostics: &diagnostics)
            builder.addSecrets(secrets)
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error): credentials were not searched"))
        }
        for dependency in dependencies { builder.addDependency(dependency) }
        for reference in references { builder.addReference(manifest: reference.manifest, reference: reference.path) }
        builder.markLibraries(entryPoints: entryPoints)
        // Contracts under tests (Pact files, specs the contract tests check) are still the
        // project's contracts; fixtures and samples are not.
        let specFiles = ProjectFiles(files: allFiles.filter { !Self.isIn(Self.exampleFolders, $0.path) })
        let specs = SpecDetector().specs(files: specFiles, diagnostics: &diagnostics).map { spec in
            var spec = spec
            spec.component = builder.owner(of: spec.path)
            return spec
        }
        var topology = DeclaredTopology(builder.facts, files: files.map(\.path))
        TopologyDetectors.apply(files: project, kubernetes: kubernetes, to: &topology, diagnostics: &diagnostics)
        builder.adopt(topology.result)
        builder.assignLanguages(files: allFiles)
        var facts = builder.facts
        facts.specs = specs.sorted { $0.path < $1.path }
        facts.sharedConfig = kubernetes.sharedConfig
        // A file read by two detectors (a Kubernetes manifest that mentions `openapi`) is
        // reported once.
        var seen: Set<Diagnostic> = []
        facts.diagnostics = diagnostics.filter { seen.insert($0).inserted }
        return facts
    }

    /// Folders whose manifests, deployment files and specs describe test doubles, fixtures or
    /// samples, not the project's own components.
    static let testFolders: Set<String> = ["test", "tests", "__tests__", "testdata"]
    static let exampleFolders: Set<String> = ["fixtures", "__fixtures__", "examples", "example", "samples", "sample"]

    static func isTestOrExample(_ path: String) -> Bool {
        isIn(testFolders.union(exampleFolders), path) || DeploymentTier.isInTestFolder(path)
    }

    private static func isIn(_ folders: Set<String>, _ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains { folders.contains($0.lowercased()) }
    }
}
