/// A deployable or buildable unit of the project: a folder with its own manifest or Dockerfile,
/// a docker-compose service, or a Kubernetes workload.
public struct Component: Codable, Hashable, Sendable, Identifiable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case service, library, job, frontend
    }

    /// A component outside the default runtime: test harnesses, tooling such as load
    /// generators, and the observability stack (shown apart). `nil` is the core deployment.
    public enum Tier: String, Codable, Sendable, CaseIterable {
        case test, tooling, telemetry
    }

    /// Stable, lowercase identifier (usually the compose/k8s service name or the folder name).
    public var id: String
    public var name: String
    /// Project-relative folder of the component's source; `""` for the project root,
    /// `nil` for components known only from deployment config (an image with no source here).
    public var path: String?
    public var languages: [String]
    /// Project-relative paths of the manifests that define it (package.json, go.mod, ...).
    public var manifests: [String]
    public var kind: Kind
    /// Container image, when deployment config names one.
    public var image: String?
    /// Names this component is reachable by (compose service name, k8s Service name, aliases).
    public var hostnames: [String]
    public var evidence: [Evidence]
    /// Test, tooling or telemetry; `nil` for the core deployment.
    public var tier: Tier?
    /// Ids of in-repo components it is built from (a project, module or package reference);
    /// `nil` when it references none. A library's integration points pass on to its users.
    public var uses: [String]?

    public init(
        id: String, name: String, path: String?, languages: [String] = [], manifests: [String] = [],
        kind: Kind = .service, image: String? = nil, hostnames: [String] = [], evidence: [Evidence] = [],
        tier: Tier? = nil, uses: [String]? = nil
    ) {
        self.id = id
        self.name = name
        self.path = path
        self.languages = languages
        self.manifests = manifests
        self.kind = kind
        self.image = image
        self.hostnames = hostnames
        self.evidence = evidence
        self.tier = tier
        self.uses = uses
    }
}
