import Foundation

import Yams

/// Reads docker-compose files, layered the way `docker compose` does: the base file
/// (`compose.yaml`, `docker-compose.yml`, ...) first, then `*.override.yml` and other
/// `docker-compose.*.yml` files merged over it, with `${VAR}` interpolated from `.env` and
/// `.env.example`.
struct ComposeDetector {
    /// One service after all layers were merged.
    struct Service {
        var name: String
        /// Folder of the compose files that define it.
        var folder: String
        var image: String?
        /// Project-relative build context.
        var build: String?
        /// Project-relative Dockerfile named by `build.dockerfile` (interpolated, so one chosen
        /// by a variable from `.env` is followed), when given.
        var dockerfile: String?
        /// Test, tooling or telemetry when the compose file that first defines it is one.
        var tier: Component.Tier?
        var ports: [String] = []
        var dependsOn: [(name: String, evidence: Evidence)] = []
        var environment: [(key: String, value: String?, evidence: Evidence)] = []
        var evidence: [Evidence] = []
        /// `hostname`, `container_name` and network aliases: more names it is reachable by.
        var aliases: [String] = []
    }

    static func isComposeFile(_ path: String) -> Bool {
        let name = ProjectFiles.name(path).lowercased()
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else { return false }
        return name.hasPrefix("docker-compose") || name == "compose.yml" || name == "compose.yaml"
            || name.hasPrefix("compose.")
    }

    /// Whether a compose file is an alternative deployment rather than the base file, its
    /// `override` file, or an overlay that adds a tier (`docker-compose.elk.yml`).
    static func isVariant(_ path: String) -> Bool {
        let name = ProjectFiles.name(path).lowercased()
        let base = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]
        let override = ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"]
        return !base.contains(name) && !override.contains(name) && DeploymentTier.tier(ofComposeFile: path) == nil
    }

    /// Base files before overrides, then by name.
    static func layerOrder(_ lhs: String, _ rhs: String) -> Bool {
        func rank(_ path: String) -> Int {
            let name = ProjectFiles.name(path).lowercased()
            return ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"].contains(name) ? 0 : 1
        }
        return (rank(lhs), lhs) < (rank(rhs), rhs)
    }

    func services(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [Service] {
        // Test compose files describe test doubles and runners, not the deployment.
        let composeFiles = files.files.filter { Self.isComposeFile($0.path) && DeploymentTier.tier(ofComposeFile: $0.path) != .test }
        let folders = Set(composeFiles.map { ProjectFiles.folder($0.path) })
        var result: [Service] = []
        for folder in folders.sorted() {
            let interpolation = Interpolation(
                environment: envValues(files, folder: folder, name: ".env", diagnostics: &diagnostics),
                defaults: envValues(files, folder: folder, name: ".env.example", diagnostics: &diagnostics))
            var merged: [String: Service] = [:]
            var order: [String] = []
            var definedIn: [String: String] = [:]
            let layers = composeFiles.filter { ProjectFiles.folder($0.path) == folder }.sorted { Self.layerOrder($0.path, $1.path) }
            for file in layers {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                for document in YAMLDocuments.parse(text, path: file.path, diagnostics: &diagnostics) {
                    for (name, node, line) in document.value("services")?.pairs ?? [] {
                        if merged[name] == nil {
                            order.append(name)
                            merged[name] = Service(name: name, folder: folder, tier: DeploymentTier.tier(ofComposeFile: file.path))
                            definedIn[name] = file.path
                        }
                        // A variant file (`docker-compose.prod.yml`, chosen with `-f`) is not the
                        // default deployment: it adds its own services but does not rewire others.
                        if Self.isVariant(file.path), definedIn[name] != file.path { continue }
                        if var service = merged[name] {
                            apply(node, line: line, path: file.path, to: &service, interpolation: interpolation)
                            applyEnvFiles(node, path: file.path, to: &service, files: files, diagnostics: &diagnostics)
                            merged[name] = service
                        }
                    }
                }
            }
            result += order.compactMap { merged[$0] }
        }
        return result
    }

    private func envValues(_ files: ProjectFiles, folder: String, name: String, diagnostics: inout [Diagnostic]) -> [String: String] {
        let path = folder.isEmpty ? name : folder + "/" + name
        guard let file = files.file(at: path), let text = files.text(file, diagnostics: &diagnostics) else { return [:] }
        return EnvFile(text: text).values
    }

    /// `env_file:` (a path, a list of paths, or a list of `{path:}`): read before `environment`,
    /// which overrides it. A missing env file is skipped; compose treats it as an error only
    /// when `required`, and the scan is not compose.
    private func applyEnvFiles(_ node: Node, path: String, to service: inout Service, files: ProjectFiles, diagnostics: inout [Diagnostic]) {
        guard let envFile = node.value("env_file") else { return }
        let items = envFile.sequence ?? [envFile]
        let paths = items.compactMap { $0.scalar?.string ?? $0.text("path") }
        var defined = Set(service.environment.map(\.key))
        if let environment = node.value("environment") {
            defined.formUnion(environment.pairs.map(\.key))
            defined.formUnion((environment.sequence ?? []).compactMap { $0.scalar?.string.split(separator: "=").first.map(String.init) })
        }
        for relative in paths {
            let resolved = ProjectFiles.join(service.folder, relative)
            guard let file = files.file(at: resolved), let text = files.text(file, diagnostics: &diagnostics) else { continue }
            for entry in EnvFile(text: text).entries where !defined.contains(entry.key) {
                service.environment.removeAll { $0.key == entry.key }
                service.environment.append((entry.key, entry.value, Evidence(path: resolved, line: entry.line, snippet: entry.key)))
            }
        }
    }

    private func apply(_ node: Node, line: Int, path: String, to service: inout Service, interpolation: Interpolation) {
        func evidence(_ line: Int, _ snippet: String) -> Evidence { Evidence(path: path, line: line, snippet: snippet) }
        service.evidence.append(evidence(line, "\(service.name):"))
        if let image = node.text("image") {
            service.image = interpolation.apply(image)
        }
        if let build = node.value("build") {
            let context = ProjectFiles.join(service.folder, interpolation.apply(build.scalar?.string ?? build.text("context") ?? "."))
            service.build = context
            if let dockerfile = build.text("dockerfile").map(interpolation.apply), !dockerfile.isEmpty, !dockerfile.contains("${") {
                service.dockerfile = ProjectFiles.join(context, dockerfile)
            }
        }
        for port in node.value("ports")?.sequence ?? [] {
            if let text = port.scalar?.string ?? port.text("published").map({ "\($0):\(port.text("target") ?? "")" }) {
                service.ports.append(interpolation.apply(text))
            }
        }
        for key in ["hostname", "container_name"] {
            if let name = node.text(key).map(interpolation.apply), !service.aliases.contains(name) { service.aliases.append(name) }
        }
        for (_, network, _) in node.value("networks")?.pairs ?? [] {
            for alias in network.value("aliases")?.sequence ?? [] {
                if let name = alias.scalar?.string, !service.aliases.contains(name) { service.aliases.append(name) }
            }
        }
        if let dependsOn = node.value("depends_on") {
            let names: [(String, Int)] = dependsOn.sequence.map { $0.compactMap { item in item.scalar.map { ($0.string, item.line) } } }
                ?? dependsOn.pairs.map { ($0.key, $0.line) }
            for (name, line) in names where !service.dependsOn.contains(where: { $0.name == name }) {
                service.dependsOn.append((name, evidence(line, "depends_on: \(name)")))
            }
        }
        if let environment = node.value("environment") {
            var entries: [(String, String?, Int)] = []
            if let list = environment.sequence {
                for item in list {
                    guard let text = item.scalar?.string else { continue }
                    if let equals = text.firstIndex(of: "=") {
                        entries.append((String(text[..<equals]), String(text[text.index(after: equals)...]), item.line))
                    } else {
                        entries.append((text, nil, item.line))
                    }
                }
            } else {
                for (key, value, line) in environment.pairs {
                    let text = value.null != nil ? nil : value.scalar?.string
                    entries.append((key, text, line))
                }
            }
            for (key, value, line) in entries {
                let resolved = value.map(interpolation.apply)
                service.environment.removeAll { $0.key == key }
                service.environment.append((key, resolved, evidence(line, key)))
            }
        }
    }
}
