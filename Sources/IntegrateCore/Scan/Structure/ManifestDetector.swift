import Foundation

/// Finds package manifests and Dockerfiles (a folder with one is a component) and the store,
/// broker and SaaS client libraries they depend on.
struct ManifestDetector {
    /// A client library named in a manifest.
    struct Dependency { var folder: String; var system: String; var evidence: Evidence }

    static func isManifest(_ name: String) -> Bool {
        let fixed: Set<String> = [
            "Package.swift", "package.json", "go.mod", "pom.xml", "build.gradle", "build.gradle.kts", "pyproject.toml",
            "Pipfile", "setup.py", "Gemfile", "composer.json", "Cargo.toml",
        ]
        if fixed.contains(name) || name == "Dockerfile" || name.hasPrefix("Dockerfile.") || name.hasSuffix(".Dockerfile") { return true }
        if name.hasPrefix("requirements") && name.hasSuffix(".txt") { return true }
        return name.hasSuffix(".csproj") || name.hasSuffix(".fsproj")
    }

    static func isDockerfile(_ name: String) -> Bool {
        name == "Dockerfile" || name.hasPrefix("Dockerfile.") || name.hasSuffix(".Dockerfile")
    }

    /// Library names named on one manifest line, as lowercased path/coordinate segments.
    static func segments(of line: Substring) -> [String] {
        let separators = Set("/:=<>~^![](){};,\"' \t@*")
        return line.split(whereSeparator: { separators.contains($0) }).map { segment in
            var name = segment.lowercased()
            if name.hasSuffix(".git") { name.removeLast(4) }
            return name
        }
    }

    /// The client-library dependencies of one manifest.
    func dependencies(path: String, text: String) -> [Dependency] {
        let name = ProjectFiles.name(path)
        guard !Self.isDockerfile(name) else { return [] }
        var found: [Dependency] = []
        var seen: Set<String> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") || trimmed.hasPrefix("//") || trimmed.hasPrefix("<!--") { continue }
            if name == "package.json" || name == "composer.json", trimmed.hasPrefix("\"name\"") || trimmed.hasPrefix("\"description\"") { continue }
            if name == "go.mod", trimmed.hasPrefix("module ") { continue }
            for segment in Self.segments(of: line) {
                guard let system = KnownSystems.dependencies[segment], !seen.contains(system) else { continue }
                seen.insert(system)
                found.append(Dependency(
                    folder: ProjectFiles.folder(path), system: system,
                    evidence: Evidence(path: path, line: index + 1, snippet: String(trimmed.prefix(160)))))
            }
        }
        return found
    }
}
