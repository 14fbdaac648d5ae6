import Foundation

/// In-repo references one manifest makes to another folder of the project (a .NET
/// `ProjectReference`, a SwiftPM `.package(path:)`, an npm `file:` dependency, a Go `replace`
/// to a local path, a pip `-e ../lib` or bare `../lib` line), and whether a manifest declares
/// an entry point or a library.
enum ManifestReferences {
    /// One reference pattern: manifests it applies to (by name or suffix) and a regex whose
    /// `path` group is the referenced path as written. `@unchecked Sendable`: both are immutable
    /// after creation (`NSRegularExpression` is documented as safe to share across threads).
    struct Pattern: @unchecked Sendable {
        var applies: @Sendable (String) -> Bool
        var regex: NSRegularExpression
    }

    static let patterns: [Pattern] = {
        func pattern(_ applies: @escaping @Sendable (String) -> Bool, _ regex: String) -> Pattern? {
            (try? NSRegularExpression(pattern: regex, options: [.anchorsMatchLines])).map { Pattern(applies: applies, regex: $0) }
        }
        return [
            pattern({ $0.hasSuffix(".csproj") || $0.hasSuffix(".fsproj") }, #"<ProjectReference\s+Include\s*=\s*"(?<path>[^"]+)""#),
            pattern({ $0 == "Package.swift" }, #"\.package\(\s*(?:name:\s*"[^"]*",\s*)?path:\s*"(?<path>[^"]+)""#),
            pattern({ $0 == "package.json" }, #""(?:file|link|workspace):(?<path>\.{1,2}/[^"]*)""#),
            pattern({ $0 == "go.mod" }, #"=>\s*(?<path>\.{1,2}/\S*)"#),
            pattern({ $0.hasPrefix("requirements") }, #"^\s*(?:-e\s+)?(?<path>\.{1,2}/\S*)\s*$"#),
            pattern({ $0 == "pyproject.toml" }, #"path\s*=\s*"(?<path>\.{1,2}/[^"]*)""#),
        ].compactMap { $0 }
    }()

    /// Referenced paths as written, with their line, for one manifest.
    static func references(path: String, text: String) -> [(path: String, line: Int)] {
        let name = ProjectFiles.name(path)
        var found: [(String, Int)] = []
        let range = NSRange(text.startIndex..., in: text)
        for pattern in patterns where pattern.applies(name) {
            for match in pattern.regex.matches(in: text, range: range) {
                guard let group = Range(match.range(withName: "path"), in: text), let start = Range(match.range, in: text) else { continue }
                let line = text[..<start.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                found.append((String(text[group]).replacingOccurrences(of: "\\", with: "/"), line))
            }
        }
        return found
    }

    /// `true` when the manifest declares a runnable program (an ASP.NET/worker SDK or
    /// `OutputType Exe`, a SwiftPM executable target), `false` when it declares only a library,
    /// `nil` when it does not say.
    static func declaresEntryPoint(path: String, text: String) -> Bool? {
        let name = ProjectFiles.name(path)
        if name.hasSuffix(".csproj") || name.hasSuffix(".fsproj") {
            if text.contains("Microsoft.NET.Sdk.Web") || text.contains("Microsoft.NET.Sdk.Worker") || text.contains("<OutputType>Exe")
                || text.contains("<OutputType>WinExe") || text.contains("Aspire.AppHost.Sdk") {
                return true
            }
            return text.contains("Microsoft.NET.Sdk") ? false : nil
        }
        if name == "Package.swift" {
            if text.contains(".executableTarget(") || text.contains(".executable(") { return true }
            return text.contains(".library(") || text.contains(".target(") ? false : nil
        }
        return nil
    }
}
