import Foundation
import Yams

/// Reads configuration files that wire integrations: dotenv files, Spring `application.yml` /
/// `application.properties`, and .NET `appsettings*.json`. Keys of nested files are joined with
/// `.` (Spring) or `:` (.NET), the way each framework names them.
struct ConfigFileDetector {
    struct Setting { var key: String; var value: String?; var path: String; var line: Int }

    static func isEnvFile(_ name: String) -> Bool { name == ".env" || name.hasPrefix(".env.") }

    func settings(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [Setting] {
        var settings: [Setting] = []
        for file in files.files {
            let name = ProjectFiles.name(file.path)
            let lower = name.lowercased()
            if Self.isEnvFile(name) {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                settings += EnvFile(text: text).entries.map { Setting(key: $0.key, value: $0.value, path: file.path, line: $0.line) }
            } else if isSpringYAML(lower) || isHelmValues(lower, path: file.path, files: files) {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                for document in YAMLDocuments.parse(text, path: file.path, diagnostics: &diagnostics) {
                    flatten(document, prefix: "", separator: ".", path: file.path, into: &settings)
                }
            } else if lower.hasPrefix("application") && lower.hasSuffix(".properties") {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                settings += properties(text, path: file.path)
            } else if lower.hasPrefix("appsettings") && lower.hasSuffix(".json") {
                guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
                for document in YAMLDocuments.parse(JSONComments.strip(text), path: file.path, diagnostics: &diagnostics) {
                    flatten(document, prefix: "", separator: ":", path: file.path, into: &settings)
                }
            }
        }
        return settings
    }

    private func isSpringYAML(_ name: String) -> Bool {
        name.hasPrefix("application") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml"))
    }

    /// `values*.yaml` next to a `Chart.yaml`: a Helm chart's settings.
    private func isHelmValues(_ name: String, path: String, files: ProjectFiles) -> Bool {
        guard name.hasPrefix("values") && (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) else { return false }
        let folder = ProjectFiles.folder(path)
        return files.file(at: folder.isEmpty ? "Chart.yaml" : folder + "/Chart.yaml") != nil
    }

    private func flatten(_ node: Node, prefix: String, separator: String, path: String, into settings: inout [Setting]) {
        for (key, value, line) in node.pairs {
            let full = prefix.isEmpty ? key : prefix + separator + key
            if value.mapping != nil {
                flatten(value, prefix: full, separator: separator, path: path, into: &settings)
            } else if let scalar = value.scalar {
                settings.append(Setting(key: full, value: value.null != nil ? nil : scalar.string, path: path, line: line))
            }
        }
    }

    private func properties(_ text: String, path: String) -> [Setting] {
        var settings: [Setting] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix("!"),
                  let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else { continue }
            let key = line[..<separator].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            settings.append(Setting(key: key, value: value, path: path, line: index + 1))
        }
        return settings
    }
}
