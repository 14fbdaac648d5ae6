import Foundation

/// Accumulates components, resources, config and start-order edges from the structural
/// detectors, merging what several sources say about one node (a folder, its compose service,
/// its Kubernetes Deployment).
struct StructuralFactsBuilder {
    let rootName: String
    private(set) var components: [Component] = []
    private(set) var resources: [Resource] = []
    private(set) var config: [ConfigEntry] = []
    private(set) var edges: [Edge] = []
    /// Compose service name -> node id (component or resource), per compose folder.
    private var composeNodes: [String: String] = [:]
    private var composeServices: [ComposeDetector.Service] = []
    /// Kubernetes workload name -> node id.
    private var workloadNodes: [String: (id: String, labels: [String: String])] = [:]

    init(rootName: String) {
        self.rootName = rootName
    }

    var facts: StructuralFacts {
        var facts = StructuralFacts(
            components: components.sorted { $0.id < $1.id },
            resources: resources.sorted { $0.id < $1.id },
            config: config.sorted { ($0.evidence, $0.key) < ($1.evidence, $1.key) },
            edges: edges.sorted { ($0.from, $0.to, $0.protocol) < ($1.from, $1.to, $1.protocol) })
        facts.publishedPorts = publishedPorts
        return facts
    }

    /// Each host port one compose service publishes, to its node; a port two services publish
    /// (alternative compose files) names neither.
    var publishedPorts: [Int: String] {
        var owners: [Int: Set<String>] = [:]
        for service in composeServices {
            guard let node = composeNodes[Self.composeKey(service.folder, service.name)] else { continue }
            for port in service.ports.compactMap(Self.hostPort) { owners[port, default: []].insert(node) }
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The host side of a compose port mapping: `5105` for `5105:80`, `127.0.0.1:5105:80/tcp`;
    /// `nil` for a container port alone (`80`, published on a random port) or a range.
    static func hostPort(_ mapping: String) -> Int? {
        let parts = mapping.split(separator: "/").first.map { $0.split(separator: ":") } ?? []
        guard parts.count >= 2 else { return nil }
        return Int(parts[parts.count - 2])
    }

    /// Takes over the facts as the declared-topology stage left them (`DeclaredTopology`).
    mutating func adopt(_ facts: StructuralFacts) {
        components = facts.components
        resources = facts.resources
        config = facts.config
        edges = facts.edges
    }

    // MARK: Components from folders

    mutating func addManifest(path: String) {
        let folder = ProjectFiles.folder(path)
        if let index = components.firstIndex(where: { $0.path == folder }) {
            components[index].manifests.append(path)
            components[index].evidence.append(Evidence(path: path, line: 1, snippet: ProjectFiles.name(path)))
            return
        }
        let name = Self.componentName(folder: folder, rootName: rootName)
        var id = Self.identifier(name)
        if components.contains(where: { $0.id == id }) { id = Self.identifier(folder.replacingOccurrences(of: "/", with: "-")) }
        components.append(Component(
            id: id, name: name, path: folder, manifests: [path],
            evidence: [Evidence(path: path, line: 1, snippet: ProjectFiles.name(path))], tier: DeploymentTier.tier(ofFolder: folder)))
    }

    /// Folder names that say where code sits, not what it is: a component there is named after
    /// the folder above (`payments/src` is `payments`).
    static let innerFolderNames: Set<String> = ["src", "source", "sources", "app", "code", "main", "server", "service", "lib"]

    static func componentName(folder: String, rootName: String) -> String {
        var folder = folder
        while !folder.isEmpty, innerFolderNames.contains(ProjectFiles.name(folder).lowercased()) { folder = ProjectFiles.folder(folder) }
        return folder.isEmpty ? rootName : ProjectFiles.name(folder)
    }

    static func identifier(_ name: String) -> String {
        let mapped = name.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" }
        return String(mapped)
    }

    /// The component whose folder is the longest prefix of `path`.
    func owner(of path: String) -> String? {
        ProjectFiles.owner(of: path, in: components)
    }

    mutating func assignLanguages(files: [WalkedFile]) {
        var languages: [String: Set<String>] = [:]
        for file in files {
            guard let language = Language.detect(path: file.path), let owner = owner(of: file.path) else { continue }
            languages[owner, default: []].insert(language.rawValue)
        }
        for index in components.indices { components[index].languages = (languages[components[index].id] ?? []).sorted() }
    }

    // MARK: Executables

    /// One component per executable where a manifest (or Go module) builds two or more; the
    /// folder they share keeps the shared code.
    mutating func addExecutables(_ executables: [ExecutableDetector.Executable]) {
        let byOwner = Dictionary(grouping: executables, by: \.owner)
        for owner in byOwner.keys.sorted() {
            guard let group = byOwner[owner], group.count >= 2 else { continue }
            for executable in group.sorted(by: { $0.folder < $1.folder }) {
                let evidence = executable.evidence
                if let index = components.firstIndex(where: { $0.path == executable.folder }) {
                    components[index].evidence.append(evidence)
                    continue
                }
                var id = Self.identifier(executable.name)
                if components.contains(where: { $0.id == id }) { id = Self.identifier(executable.folder.replacingOccurrences(of: "/", with: "-")) }
                components.append(Component(
                    id: id, name: executable.name, path: executable.folder, evidence: [evidence],
                    tier: DeploymentTier.tier(ofFolder: executable.folder)))
            }
        }
    }

    // MARK: Libraries

    /// Records that the manifest at `path` references the folder `reference` (as written,
    /// relative to the manifest; tried from the folders above when it names no component there,
    /// the way a build run from a parent folder reads it).
    mutating func addReference(manifest path: String, reference: String) {
        guard let user = owner(of: path) else { return }
        var base = ProjectFiles.folder(path)
        while true {
            var target = ProjectFiles.join(base, reference)
            if ManifestDetector.isManifest(ProjectFiles.name(target)) { target = ProjectFiles.folder(target) }
            if let used = components.first(where: { $0.path == target })?.id {
                guard used != user, let index = components.firstIndex(where: { $0.id == user }) else { return }
                components[index].uses = Array(Set((components[index].uses ?? []) + [used])).sorted()
                return
            }
            guard !base.isEmpty else { return }
            base = ProjectFiles.folder(base)
        }
    }

    /// Marks as libraries the components that are not deployed (no Dockerfile, compose service,
    /// Kubernetes workload or image) and either declare only a library in their manifest or
    /// declare no entry point and are referenced by another component.
    mutating func markLibraries(entryPoints: [String: Bool]) {
        let referenced = Set(components.flatMap { $0.uses ?? [] })
        for index in components.indices {
            let component = components[index]
            let deployed = !component.hostnames.isEmpty || component.image != nil
                || component.manifests.contains { ManifestDetector.isDockerfile(ProjectFiles.name($0)) }
            let declared = component.manifests.compactMap { entryPoints[$0] }
            guard !deployed, !declared.contains(true) else { continue }
            if declared.contains(false) || referenced.contains(component.id) { components[index].kind = .library }
        }
    }

    // MARK: Resources

    /// The resource for a store or broker seen in deployment config, merged by id.
    private mutating func addResource(system: String, name: String, evidence: Evidence) -> String {
        let id = "\(system):\(name)"
        if let index = resources.firstIndex(where: { $0.id == id }) {
            resources[index].evidence.append(evidence)
        } else {
            resources.append(Resource(id: id, kind: KnownSystems.kind(of: system), system: system, name: name, host: name, evidence: [evidence]))
        }
        return id
    }

    mutating func addDependency(_ dependency: ManifestDetector.Dependency) {
        guard let user = owner(of: dependency.evidence.path) else { return }
        let system = dependency.system
        let kind = KnownSystems.kind(of: system)
        let candidates = resources.indices.filter { resources[$0].system == system }
        var target: Int?
        if candidates.count == 1 {
            target = candidates[0]
        } else if candidates.count > 1 {
            let hosts = config.filter { $0.component == user && $0.kind == .endpoint }.compactMap(\.value)
            target = candidates.first { index in hosts.contains { $0.contains("//\(resources[index].host ?? "")") } }
        } else {
            let id = kind == .saas ? "saas:\(system)" : system
            resources.append(Resource(id: id, kind: kind, system: system, name: system))
            target = resources.count - 1
        }
        guard let target else { return }
        if !resources[target].usedBy.contains(user) { resources[target].usedBy.append(user); resources[target].usedBy.sort() }
        resources[target].evidence.append(dependency.evidence)
    }

    // MARK: docker-compose

    mutating func addComposeService(_ service: ComposeDetector.Service) {
        composeServices.append(service)
        let key = Self.composeKey(service.folder, service.name)
        let evidence = service.evidence.first ?? Evidence(path: service.folder, line: 1)
        var snippet = "\(service.name):"
        if let image = service.image { snippet += " image \(image)" }
        if let build = service.build { snippet += " build \(build.isEmpty ? "." : build)" }
        if let dockerfile = service.dockerfile { snippet += " dockerfile \(dockerfile)" }
        if !service.ports.isEmpty { snippet += " ports \(service.ports.joined(separator: ", "))" }
        let described = Evidence(path: evidence.path, line: evidence.line, snippet: snippet)
        let nodeID: String
        let tier = service.tier ?? service.image.flatMap(DeploymentTier.tier(ofImage:))
        if let build = sourceFolder(of: service) {
            if let index = components.firstIndex(where: { $0.path == build }) {
                // The deployable is named by its deployment: the first compose service that
                // builds a folder names its component.
                let serviceID = Self.identifier(service.name)
                if components[index].hostnames.isEmpty, !components.contains(where: { $0.id == serviceID }) {
                    components[index].id = serviceID
                    components[index].name = service.name
                }
                for name in [service.name] + service.aliases { components[index].hostnames = Self.adding(name, to: components[index].hostnames) }
                components[index].image = components[index].image ?? service.image
                components[index].evidence.append(described)
                nodeID = components[index].id
            } else {
                nodeID = addDeployedComponent(name: service.name, path: build, image: service.image, evidence: described)
            }
        } else if let image = service.image, let system = KnownSystems.system(ofImage: image) {
            nodeID = addResource(system: system, name: service.name, evidence: described)
        } else {
            nodeID = addDeployedComponent(name: service.name, path: nil, image: service.image, evidence: described)
        }
        composeNodes[key] = nodeID
        if let index = components.firstIndex(where: { $0.id == nodeID }) {
            for name in service.aliases { components[index].hostnames = Self.adding(name, to: components[index].hostnames) }
            if components[index].tier == nil { components[index].tier = tier }
        }
        let owner = components.contains { $0.id == nodeID } ? nodeID : nil
        for (key, value, evidence) in service.environment {
            if let entry = ConfigClassifier.entry(key: key, value: value, component: owner, path: evidence.path, line: evidence.line) {
                config.append(entry)
            }
        }
    }

    /// The folder a compose service builds: with a Dockerfile inside the build context, the
    /// deepest folder from the Dockerfile's up to the context that holds a manifest, or the
    /// Dockerfile's own folder when the context is shared (the compose folder or the root);
    /// otherwise the context.
    private func sourceFolder(of service: ComposeDetector.Service) -> String? {
        guard let context = service.build, let dockerfile = service.dockerfile else { return service.build }
        var folder = ProjectFiles.folder(dockerfile)
        guard ProjectFiles.contains(folder: context, path: folder) else { return context }
        let dockerfileFolder = folder
        while folder != context {
            if components.contains(where: { $0.path == folder }) { return folder }
            folder = ProjectFiles.folder(folder)
        }
        if components.contains(where: { $0.path == context }) && context != service.folder && !context.isEmpty { return context }
        return dockerfileFolder
    }

    /// `depends_on` edges, once every service of every compose file is known.
    mutating func addComposeEdges() {
        for service in composeServices {
            guard let from = composeNodes[Self.composeKey(service.folder, service.name)] else { continue }
            for (name, evidence) in service.dependsOn {
                guard let to = composeNodes[Self.composeKey(service.folder, name)] else { continue }
                edges.append(Edge(from: from, to: to, protocol: "depends_on", mode: .sync, strength: .startOrder, evidence: [evidence]))
            }
        }
    }

    private static func composeKey(_ folder: String, _ name: String) -> String { folder + "\u{0}" + name }

    private static func adding(_ name: String, to names: [String]) -> [String] {
        names.contains(name) ? names : (names + [name]).sorted()
    }

    private mutating func addDeployedComponent(name: String, path: String?, image: String?, evidence: Evidence) -> String {
        let id = Self.identifier(name)
        if let index = components.firstIndex(where: { $0.id == id }) {
            components[index].hostnames = Self.adding(name, to: components[index].hostnames)
            components[index].image = components[index].image ?? image
            components[index].evidence.append(evidence)
            return id
        }
        components.append(Component(id: id, name: name, path: path, image: image, hostnames: [name], evidence: [evidence]))
        return id
    }

    // MARK: Kubernetes

    mutating func addWorkload(_ workload: KubernetesDetector.Workload) {
        let imageNames = workload.images.map { image -> String in
            var name = image
            if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") { name = String(name[..<colon]) }
            return Self.identifier(ProjectFiles.name(name))
        }
        let nodeID: String
        let id = Self.identifier(workload.name)
        if let index = components.firstIndex(where: { $0.id == id || $0.hostnames.contains(workload.name) })
            ?? components.firstIndex(where: { imageNames.contains($0.id) }) {
            components[index].image = components[index].image ?? workload.images.first
            components[index].evidence.append(workload.evidence)
            nodeID = components[index].id
        } else if let system = workload.images.lazy.compactMap(KnownSystems.system(ofImage:)).first {
            nodeID = addResource(system: system, name: workload.name, evidence: workload.evidence)
        } else {
            nodeID = addDeployedComponent(name: workload.name, path: nil, image: workload.images.first, evidence: workload.evidence)
        }
        workloadNodes[workload.name] = (nodeID, workload.labels)
        let owner = components.contains { $0.id == nodeID } ? nodeID : nil
        for (key, value, evidence) in workload.environment {
            if let entry = ConfigClassifier.entry(key: key, value: value, component: owner, path: evidence.path, line: evidence.line) {
                config.append(entry)
            }
        }
    }

    mutating func addKubernetesService(_ service: KubernetesDetector.Service) {
        let selected = workloadNodes.sorted { $0.key < $1.key }.first { _, node in
            !service.selector.isEmpty && service.selector.allSatisfy { node.labels[$0.key] == $0.value }
        }?.value.id ?? workloadNodes[service.name]?.id
        guard let nodeID = selected else { return }
        if let index = components.firstIndex(where: { $0.id == nodeID }) {
            components[index].hostnames = Self.adding(service.name, to: components[index].hostnames)
            components[index].evidence.append(service.evidence)
        } else if let index = resources.firstIndex(where: { $0.id == nodeID }) {
            resources[index].host = resources[index].host ?? service.name
            resources[index].evidence.append(service.evidence)
        }
    }

    // MARK: Config files

    /// A setting from a config file; `forceSecret` for values a Secret holds, whatever the key.
    /// Credentials found by their format (`SecretScanner`), already located and owned.
    mutating func addSecrets(_ entries: [ConfigEntry]) {
        config += entries
    }

    mutating func addSetting(key: String, value: String?, path: String, line: Int, forceSecret: Bool = false) {
        if forceSecret {
            config.append(ConfigEntry(key: key, kind: .secret, value: nil, component: owner(of: path),
                                      evidence: Evidence(path: path, line: line, snippet: "\(key)=***")))
        } else if let entry = ConfigClassifier.entry(key: key, value: value, component: owner(of: path), path: path, line: line) {
            config.append(entry)
        }
    }
}
