import Foundation

/// Where a spec version comes from: a file on disk or a file at a git revision (`git:REV:path`).
public enum SpecSource: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    case git(revision: String, path: String, repository: String)

    /// Parses a command-line argument: `git:REV:path` or a file path.
    public static func parse(_ argument: String, repository: String = ".") -> SpecSource {
        if argument.hasPrefix("git:") {
            let rest = argument.dropFirst(4)
            if let colon = rest.firstIndex(of: ":") {
                return .git(revision: String(rest[..<colon]), path: String(rest[rest.index(after: colon)...]), repository: repository)
            }
        }
        return .file(argument)
    }

    public var description: String {
        switch self {
        case .file(let path): return path
        case .git(let revision, let path, _): return "git:\(revision):\(path)"
        }
    }

    var path: String {
        switch self {
        case .file(let path): return path
        case .git(_, let path, _): return path
        }
    }
}

/// Loads a spec and every relative file its `$ref`s name into a `RefResolver`.
public struct SpecLoader: Sendable {
    public init() {}

    public func load(_ source: SpecSource) throws -> OpenAPIDocument {
        let root = source.path
        var documents: [String: SpecNode] = [:]
        var pending = [root]
        while let file = pending.popLast() {
            if documents[file] != nil { continue }
            let text: String
            do {
                text = try read(source, file: file)
            } catch let error as SpecLoadError {
                if file == root { throw error }
                continue  // a missing referenced file leaves its refs unresolved (lint reports them)
            }
            let node = try SpecNodeReader.read(text: text, file: display(source, file))
            documents[file] = node
            SpecLoader.collectExternalRefs(node) { ref in
                let target = RefResolver.join(file, ref)
                if documents[target] == nil { pending.append(target) }
            }
        }
        guard let rootNode = documents[root] else { throw SpecLoadError(file: root, message: "cannot read the file") }
        let resolver = RefResolver(rootFile: root, documents: documents)
        return try OpenAPIDocumentBuilder(root: rootNode, file: root, displayName: source.description, resolver: resolver).build()
    }

    /// Loads a spec from text already in memory (tests, benchmarks); external refs stay unresolved.
    public func load(text: String, name: String) throws -> OpenAPIDocument {
        let node = try SpecNodeReader.read(text: text, file: name)
        let resolver = RefResolver(rootFile: name, documents: [name: node])
        return try OpenAPIDocumentBuilder(root: node, file: name, displayName: name, resolver: resolver).build()
    }

    private func display(_ source: SpecSource, _ file: String) -> String {
        if case .git(let revision, _, _) = source { return "git:\(revision):\(file)" }
        return file
    }

    private func read(_ source: SpecSource, file: String) throws -> String {
        switch source {
        case .file:
            if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? Int, size > YAMLLimits.standard.maxBytes {
                throw SpecLoadError(file: file, message: "the file is \(size) bytes, over the limit of \(YAMLLimits.standard.maxBytes): not read")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw SpecLoadError(file: file, message: "cannot read the file (missing or unreadable)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw SpecLoadError(file: file, message: "the file is not UTF-8 text")
            }
            return text
        case .git(let revision, _, let repository):
            return try GitFileReader(repository: repository).read(revision: revision, path: file)
        }
    }

    static func collectExternalRefs(_ node: SpecNode, _ found: (String) -> Void) {
        switch node.value {
        case .object(let object):
            for (key, child) in object.entries {
                if key == "$ref", let ref = child.string, let file = RefResolver.externalFile(of: ref) {
                    found(file)
                } else {
                    collectExternalRefs(child, found)
                }
            }
        case .array(let items):
            for item in items { collectExternalRefs(item, found) }
        default: break
        }
    }
}
