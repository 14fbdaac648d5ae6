import Foundation

/// Where the framework files come from, and their contents.
///
/// Order: `--templates DIR`, then `$INTEGRATE_TEMPLATES`, then
/// `~/.claude/process-templates-n-prompts/integrations/` when it exists, then the built-in
/// defaults. Like `cp DIR/*.md`, every `.md` of the folder is taken; component files the folder
/// lacks (in the wild it often holds only the prompt) are completed from the built-in defaults.
public struct FrameworkSource: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case directory(path: String, via: String)
        case builtIn
    }

    public var origin: Origin
    /// File name -> content, every file to install.
    public var files: [String: String]
    /// Component files the folder lacked, taken from the built-in defaults.
    public var completedFromBuiltIn: [String]
    /// Notes for the report (an empty default folder, say).
    public var notes: [String]

    public static let environmentKey = "INTEGRATE_TEMPLATES"
    public static let defaultRelativePath = ".claude/process-templates-n-prompts/integrations"

    public static func locate(explicit: String?, environment: [String: String], home: URL) throws -> FrameworkSource {
        if let explicit {
            return try load(directory: URL(fileURLWithPath: explicit), via: "--templates", required: true)
        }
        if let fromEnvironment = environment[environmentKey], !fromEnvironment.isEmpty {
            return try load(directory: URL(fileURLWithPath: fromEnvironment), via: "$\(environmentKey)", required: true)
        }
        let standard = home.appendingPathComponent(defaultRelativePath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: standard.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try load(directory: standard, via: "~/\(defaultRelativePath)", required: false)
        }
        return builtIn(notes: [])
    }

    public static func builtIn(notes: [String]) -> FrameworkSource {
        FrameworkSource(origin: .builtIn, files: BuiltInFramework.files, completedFromBuiltIn: [], notes: notes)
    }

    static func load(directory: URL, via: String, required: Bool) throws -> FrameworkSource {
        let resolved = directory.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
            throw IntegrateError(.usage, "templates folder (\(via)) does not exist", path: directory.path)
        }
        guard isDirectory.boolValue else {
            throw IntegrateError(.usage, "templates path (\(via)) is a file, expected a folder", path: directory.path)
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: resolved.path)
                .filter { $0.lowercased().hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw IntegrateError(.input, "templates folder (\(via)) cannot be read", path: directory.path)
        }
        var files: [String: String] = [:]
        for name in names {
            let url = resolved.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { continue }
            files[name] = try TextFile.read(url, displayPath: directory.appendingPathComponent(name).path)
        }
        if files.isEmpty {
            if required {
                throw IntegrateError(.usage, "templates folder (\(via)) has no .md files", path: directory.path)
            }
            return builtIn(notes: ["\(directory.path) has no .md files: using the built-in framework"])
        }
        var completed: [String] = []
        for name in BuiltInFramework.componentFiles where files[name] == nil {
            files[name] = BuiltInFramework.files[name]
            completed.append(name)
        }
        return FrameworkSource(
            origin: .directory(path: directory.path, via: via), files: files, completedFromBuiltIn: completed, notes: [])
    }

    public var description: String {
        switch origin {
        case .builtIn: "built-in defaults"
        case .directory(let path, let via): "\(path) (\(via))"
        }
    }
}
