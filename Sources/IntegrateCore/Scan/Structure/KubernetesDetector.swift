import Foundation

import Yams

/// Reads Kubernetes manifests (multi-document YAML): workloads with their images, labels and
/// container env, and Services with the workloads they select.
struct KubernetesDetector {
    struct Workload {
        var name: String
        var kind: String
        var labels: [String: String]
        var images: [String]
        var environment: [(key: String, value: String?, evidence: Evidence)]
        var evidence: Evidence
    }

    struct Service {
        var name: String
        var selector: [String: String]
        var evidence: Evidence
    }

    static let workloadKinds: Set<String> = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet", "Pod"]

    func manifests(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> (workloads: [Workload], services: [Service]) {
        var workloads: [Workload] = []
        var services: [Service] = []
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
                if kind == "Service" {
                    services.append(Service(name: name, selector: strings(document.value("spec")?.value("selector")), evidence: evidence))
                } else if Self.workloadKinds.contains(kind) {
                    workloads.append(workload(document, kind: kind, name: name, path: file.path, evidence: evidence))
                }
            }
        }
        return (workloads, services)
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
        var environment: [(String, String?, Evidence)] = []
        for container in (podSpec?.value("containers")?.sequence ?? []) + (podSpec?.value("initContainers")?.sequence ?? []) {
            if let image = container.text("image") { images.append(image) }
            for variable in container.value("env")?.sequence ?? [] {
                guard let key = variable.text("name") else { continue }
                let value = variable.text("value")
                let source = value == nil && variable.value("valueFrom") != nil ? "\(key) (valueFrom)" : key
                environment.append((key, value, Evidence(path: path, line: variable.line, snippet: source)))
            }
        }
        return Workload(name: name, kind: kind, labels: labels, images: images, environment: environment, evidence: evidence)
    }
}
