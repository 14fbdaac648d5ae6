import Foundation

/// nginx reverse-proxy routes as the proxy's endpoints: every `proxy_pass` / `grpc_pass` URL
/// of an nginx config (`nginx.conf`, `*.conf`, an envsubst `*.conf.template`), with an
/// `upstream` name replaced by the servers of that block. Each becomes an endpoint setting of
/// the component that owns the config's folder, so resolution draws proxy -> upstream edges
/// exactly like an env URL.
///
/// A `${HOST}` template (filled in by envsubst when the container starts) keeps the env key it
/// names, with the `ENV HOST=…` default of the component's Dockerfile written in as
/// `${HOST:-value}`: the proxy's own environment (compose, Kubernetes) wins, the image's default
/// is the fallback. nginx runtime variables (`$host`, `$upstream`) name no host and are skipped.
struct NginxProxyDetector {
    func apply(files: ProjectFiles, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]) {
        for file in files.files where Self.isCandidate(file.path) {
            guard let owner = ProjectFiles.owner(of: file.path, in: topology.facts.components),
                  let folder = topology.facts.components.first(where: { $0.id == owner })?.path, !folder.isEmpty,
                  let text = files.text(file, diagnostics: &diagnostics), text.contains("_pass") else { continue }
            let config = NginxConfig(text: text)
            guard !config.passes.isEmpty else { continue }
            let targets = config.passes.map { (pass: $0, targets: config.targets(of: $0)) }
            // The Dockerfiles are read only when a target (a pass URL or an upstream server) is an envsubst template.
            let defaults = targets.contains { $0.targets.contains { $0.contains("${") } }
                ? DockerfileEnvironment(files: files, folders: [ProjectFiles.folder(file.path), folder], diagnostics: &diagnostics) : nil
            for (pass, passTargets) in targets {
                for target in passTargets {
                    let value = defaults?.templated(target) ?? target
                    topology.addEndpoint(
                        key: "nginx.location.\(pass.location ?? "/").\(pass.directive)", value: value, component: owner,
                        evidence: Evidence(path: file.path, line: pass.line, snippet: "\(pass.directive) \(pass.url)"))
                }
            }
        }
    }

    /// nginx config files by name: `nginx.conf`, `*.conf`, `*.conf.template`, `*.nginx`.
    static func isCandidate(_ path: String) -> Bool {
        let name = ProjectFiles.name(path).lowercased()
        return name.hasSuffix(".conf") || name.hasSuffix(".conf.template") || name.hasSuffix(".conf.tmpl")
            || name.hasSuffix(".nginx") || name.hasPrefix("nginx.conf")
    }
}
