import Foundation

/// Finds the executables of a manifest that builds several: SwiftPM `executableTarget`s (also
/// through a helper function that wraps one), Go `cmd/<name>` mains, and cobra subcommands
/// that each start a server from an in-repo package. Each becomes its own component when a
/// manifest folder holds two or more.
struct ExecutableDetector {
    struct Executable: Equatable {
        var name: String
        /// Project-relative folder of the executable's code.
        var folder: String
        /// The manifest (or, for Go, the module root) it belongs to.
        var owner: String
        var evidence: Evidence
    }

    func executables(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [Executable] {
        var found: [Executable] = []
        let folders = Set(files.files.map { ProjectFiles.folder($0.path) })
        for file in files.files where ProjectFiles.name(file.path) == "Package.swift" {
            guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
            found += Self.swiftExecutables(manifest: file.path, text: text)
        }
        let goFiles = files.files.filter { $0.path.hasSuffix(".go") && !$0.path.hasSuffix("_test.go") }
        for file in goFiles where Self.isCommandFile(file.path) {
            guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
            if let main = Self.goMain(path: file.path, text: text) { found.append(main) }
            found += Self.cobraServers(path: file.path, text: text, folders: folders)
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0.owner + "\u{0}" + $0.folder).inserted }
    }

    /// Go files that can declare commands: those under a `cmd` folder.
    static func isCommandFile(_ path: String) -> Bool {
        path.split(separator: "/").dropLast().contains("cmd")
    }

    // MARK: SwiftPM

    static func swiftExecutables(manifest: String, text: String) -> [Executable] {
        let folder = ProjectFiles.folder(manifest)
        var helpers: [String] = []
        // `func lambda(_ name: String, ...) -> Target { .executableTarget(name: name, ...) }`
        for match in matches(#"func\s+(\w+)\s*\([^)]*\)\s*->\s*(?:PackageDescription\.)?Target\s*\{[^}]*\.executableTarget\("#, in: text) {
            helpers.append(match[1])
        }
        var result: [Executable] = []
        let calls = [#"\.executableTarget\(\s*name:\s*"([^"]+)"([^)]*)"#] + helpers.map { #"(?<![\w.])"# + $0 + #"\(\s*(?:name:\s*)?"([^"]+)"([^)]*)"# }
        for pattern in calls {
            for match in matches(pattern, in: text) {
                let name = match[1]
                let path = firstMatch(#"path:\s*"([^"]+)""#, in: match[2]) ?? "Sources/\(name)"
                result.append(Executable(
                    name: name, folder: ProjectFiles.join(folder, path), owner: manifest,
                    evidence: Evidence(path: manifest, line: line(of: match.offset, in: text), snippet: String(match[0].prefix(120)))))
            }
        }
        return result
    }

    // MARK: Go

    /// `cmd/<name>/main.go` with `package main` and `func main()`.
    static func goMain(path: String, text: String) -> Executable? {
        let folder = ProjectFiles.folder(path)
        guard ProjectFiles.name(ProjectFiles.folder(folder)) == "cmd", text.contains("package main"), let range = text.range(of: "func main()") else { return nil }
        let owner = ProjectFiles.folder(ProjectFiles.folder(folder))
        return Executable(name: ProjectFiles.name(folder), folder: folder, owner: owner,
                          evidence: Evidence(path: path, line: line(of: range.lowerBound.utf16Offset(in: text), in: text), snippet: "func main()"))
    }

    /// A cobra command (`Use: "customer"`) whose body starts a server from an imported in-repo
    /// package (`customer.NewServer(...)`): an executable at that package's folder.
    static func cobraServers(path: String, text: String, folders: Set<String>) -> [Executable] {
        guard text.contains("cobra.Command") else { return [] }
        var imports: [String: String] = [:]
        for match in matches(#"(?m)^\s*(?:(\w+)\s+)?"([\w.\-/]+)"\s*$"#, in: text) {
            let importPath = match[2]
            let alias = match[1].isEmpty || match[1] == "import" ? (importPath.split(separator: "/").last.map(String.init) ?? importPath) : match[1]
            if let folder = localFolder(importPath: importPath, folders: folders) { imports[alias] = folder }
        }
        let owner = ProjectFiles.folder(ProjectFiles.folder(path))
        var result: [Executable] = []
        let blocks = matches(#"&cobra\.Command\{[\s\S]*?\n\}"#, in: text)
        for block in blocks {
            guard let name = firstMatch(#"Use:\s*"([\w\-]+)"#, in: block[0]) else { continue }
            for call in matches(#"\b(\w+)\.(?:New\w*Server|Serve|ListenAndServe|Start\w*)\("#, in: block[0]) {
                guard let folder = imports[call[1]] else { continue }
                result.append(Executable(
                    name: name, folder: folder, owner: owner,
                    evidence: Evidence(path: path, line: line(of: block.offset + call.offset, in: text), snippet: "\(call[1]).\(call[0].split(separator: ".").last.map(String.init) ?? "")")))
                break
            }
        }
        return result
    }

    /// The project folder an import path names: the longest tail of its segments that is a
    /// folder of the tree (`github.com/acme/shop/services/cart` -> `services/cart`).
    static func localFolder(importPath: String, folders: Set<String>) -> String? {
        let segments = importPath.split(separator: "/").map(String.init)
        guard segments.count > 1, segments[0].contains(".") else { return nil }
        for start in 1..<segments.count {
            let tail = segments[start...].joined(separator: "/")
            if folders.contains(tail) { return tail }
        }
        return nil
    }

    // MARK: Regex helpers

    struct Match {
        var groups: [String]
        /// UTF-16 offset of the match start.
        var offset: Int
        subscript(_ index: Int) -> String { index < groups.count ? groups[index] : "" }
    }

    static func matches(_ pattern: String, in text: String) -> [Match] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let string = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: string.length)).map { result in
            Match(groups: (0..<result.numberOfRanges).map { index in
                let range = result.range(at: index)
                return range.location == NSNotFound ? "" : string.substring(with: range)
            }, offset: result.range.location)
        }
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? {
        matches(pattern, in: text).first.map { $0[1] }
    }

    static func line(of utf16Offset: Int, in text: String) -> Int {
        let prefix = (text as NSString).substring(to: min(utf16Offset, (text as NSString).length))
        return prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
