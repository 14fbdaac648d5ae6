import Foundation

import Yams

/// Reads Kubernetes manifests (multi-document YAML): workloads with their images, labels and
/// container env (with `envFrom` and `configMapKeyRef` taken from the ConfigMaps), Services
/// with the workloads they select, and the keys of Secrets (by location only).
struct KubernetesDetector {
    typealias Variable = (key: String, value: String?, evidence: Evidence)

    struct Manifests {
        var workloads: [Workload] = []
        var services: [Service] = []
        /// Keys of ConfigMaps no workload reads whole (`envFrom`), and of Secrets: project-wide config.
        var unreferenced: [Variable] = []
        /// Lines (path and line only) of ConfigMaps that two or more workloads read whole
        /// (`envFrom`): a shared bag of settings, not a statement that each reader uses each key.
        var sharedConfig: Set<Evidence> = []
        var policies: [NetworkPolicy] = []
    }

    /// A NetworkPolicy's ingress: the pods it selects accept traffic from the pods each
    /// `from.podSelector` selects.
    struct NetworkPolicy {
        var selector: [String: String]
        var callers: [(labels: [String: String], evidence: Evidence)]
        var evidence: Evidence
    }

    struct Workload {
        var name: String
        var kind: String
        var labels: [String: String]
        var images: [String]
        var environment: [Variable]
        var evidence: Evidence
        /// ConfigMaps read whole through `envFrom`.
        var configMapRefs: [String] = []
        /// Env entries taken from one ConfigMap key: (index in `environment`, map, key).
        var configMapKeys: [(index: Int, map: String, key: String)] = []
    }

    struct Service {
        var name: String
        var selector: [String: String]
        var evidence: Evidence
    }

    static let workloadKinds: Set<String> = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet", "Pod"]

    func manifests(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> Manifests {
        var result = Manifests()
        var configMaps: [String: [Variable]] = [:]
        var secrets: [Variable] = []
        for file in files.files where isCandidate(file.path) {
            guard let text = files.text(file, diagnostics: &diagnostics),
                  text.contains("apiVersion"), text.contains("kind") else { continue }
            // Helm templates (`{{ .Values.x }}`) are not YAML until rendered: read what parses,
            // report nothing about the rest.
            var ignored: [Diagnostic] = []
            let isTemplate = text.contains("{{")
            let documents = isTemplate
                ? YAMLDocuments.parse(text, path: file.path, diagnostics: &ignored)
                : YAMLDocuments.parse(text, path: file.path, diagnostics: &diagnostics)
            for document in documents {
                guard let kind = document.text("kind"), document.text("apiVersion") != nil,
                      let name = document.value("metadata")?.text("name") else { continue }
                let evidence = Evidence(path: file.path, line: document.line, snippet: "kind: \(kind) \(name)")
                switch kind {
                case "Service":
                    result.services.append(Service(name: name, selector: strings(document.value("spec")?.value("selector")), evidence: evidence))
                case "NetworkPolicy":
                    let spec = document.value("spec")
                    var callers: [(labels: [String: String], evidence: Evidence)] = []
                    for rule in spec?.value("ingress")?.sequence ?? Node.Sequence([]) {
                        for peer in rule.value("from")?.sequence ?? Node.Sequence([]) {
                            guard let selector = peer.value("podSelector") else { continue }
                            callers.append((strings(selector.value("matchLabels")),
                                            Evidence(path: file.path, line: selector.line, snippet: "from podSelector (NetworkPolicy \(name))")))
                        }
                    }
                    result.policies.append(NetworkPolicy(selector: strings(spec?.value("podSelector")?.value("matchLabels")), callers: callers,
                                                         evidence: evidence))
                case "ConfigMap":
                    configMaps[name, default: []] += (document.value("data")?.pairs ?? []).map { key, value, line in
                        (key, value.scalar?.string ?? "", Evidence(path: file.path, line: line, snippet: key))
                    }
                case "Secret":
                    for section in ["data", "stringData"] {
                        secrets += (document.value(section)?.pairs ?? []).map { key, _, line in
                            (key, nil, Evidence(path: file.path, line: line, snippet: key))
                        }
                    }
                default:
                    if Self.workloadKinds.contains(kind) {
                        result.workloads.append(workload(document, kind: kind, name: name, path: file.path, evidence: evidence))
                    }
                }
            }
        }
        var referenced: Set<String> = []
        for index in result.workloads.indices {
            var workload = result.workloads[index]
            for (position, map, key) in workload.configMapKeys {
                if let value = configMaps[map]?.first(where: { $0.key == key })?.value { workload.environment[position].value = value }
            }
            for map in workload.configMapRefs {
                referenced.insert(map)
                let defined = Set(workload.environment.map(\.key))
                workload.environment += (configMaps[map] ?? []).filter { !defined.contains($0.key) }
            }
            result.workloads[index] = workload
        }
        let readers = Dictionary(grouping: result.workloads.flatMap { workload in Set(workload.configMapRefs).map { ($0, workload.name) } }, by: \.0)
        for (map, reads) in readers where Set(reads.map(\.1)).count >= 2 {
            result.sharedConfig.formUnion((configMaps[map] ?? []).map { Evidence(path: $0.evidence.path, line: $0.evidence.line) })
        }
        result.unreferenced = configMaps.filter { !referenced.contains($0.key) }.sorted { $0.key < $1.key }.flatMap(\.value)
        // A Secret's keys are secrets whatever their names: force the classification.
        result.unreferenced += secrets.map { ($0.key, nil, $0.evidence) }
        return result
    }

    private func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercased()
        return (lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")) && !ComposeDetector.isComposeFile(path)
    }

    private func strings(_ node: Node?) -> [String: String] {
        (node?.pairs ?? []).reduce(into: [:]) { result, pair in
            if let value = pair.value.scalar?.string { result[pair.key] = value }
        }
    }

    private func workload(_ document: Node, kind: String, name: String, path: String, evidence: Evidence) -> Workload {
        var spec = document.value("spec")
        if kind == "CronJob" { spec = spec?.value("jobTemplate")?.value("spec") }
        let podTemplate = kind == "Pod" ? document : spec?.value("template")
        var labels = strings(document.value("metadata")?.value("labels"))
        labels.merge(strings(podTemplate?.value("metadata")?.value("labels"))) { _, new in new }
        let podSpec = podTemplate?.value("spec")
        var images: [String] = []
        var environment: [Variable] = []
        var configMapRefs: [String] = []
        var configMapKeys: [(index: Int, map: String, key: String)] = []
        for container in (podSpec?.value("containers")?.sequence ?? []) + (podSpec?.value("initContainers")?.sequence ?? []) {
            if let image = container.text("image") { images.append(image) }
            for variable in container.value("env")?.sequence ?? [] {
                guard let key = variable.text("name") else { continue }
                let value = variable.text("value")
                let valueFrom = variable.value("valueFrom")
                if let reference = valueFrom?.value("configMapKeyRef"), let map = reference.text("name"), let mapKey = reference.text("key") {
                    configMapKeys.append((environment.count, map, mapKey))
                }
                let source = value == nil && valueFrom != nil ? "\(key) (valueFrom)" : key
                environment.append((key, value, Evidence(path: path, line: variable.line, snippet: source)))
            }
            for source in container.value("envFrom")?.sequence ?? [] {
                if let map = source.value("configMapRef")?.text("name") { configMapRefs.append(map) }
            }
        }
        return Workload(
            name: name, kind: kind, labels: labels, images: images, environment: environment, evidence: evidence,
            configMapRefs: configMapRefs, configMapKeys: configMapKeys)
    }
}
