import Foundation
import Yams

/// Parses YAML (and JSON, which is read as YAML so every node keeps its line) into Yams nodes.
///
/// A malformed file becomes a warning `Diagnostic` naming the file and line, and no nodes, so one
/// bad file never stops the rest of the scan.
enum YAMLDocuments {
    static let maxAliases = 256

    static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [Node] {
        // JSON allows tabs as whitespace where YAML does not; inside valid JSON strings a tab is
        // always escaped, so replacing literal tabs keeps the meaning and every line number.
        let source = path.lowercased().hasSuffix(".json") ? text.replacingOccurrences(of: "\t", with: " ") : text
        // Aliases expand to shared subtrees; a file built of alias chains ("billion laughs")
        // would make every walk over it exponential. Real config uses a handful.
        let aliases = TargetExpression.matches(#"(?m)(?:^|[\s\[,:\-])\*[A-Za-z0-9_\-]+"#, in: source).count
        if aliases > maxAliases {
            diagnostics.append(Diagnostic(.warning, "\(aliases) YAML aliases, over the limit of \(maxAliases): not read", path: path, line: 1))
            return []
        }
        // Documents before a malformed one are kept: one bad document in a multi-document
        // Kubernetes file loses only itself and what follows.
        var nodes: [Node] = []
        do {
            var sequence = try Yams.compose_all(yaml: source)
            while let node = sequence.next() { nodes.append(node) }
            if let error = sequence.error { throw error }
        } catch {
            diagnostics.append(Diagnostic(.warning, "malformed \(kind(of: path)): \(problem(error))", path: path, line: line(of: error)))
        }
        return nodes
    }

    private static func kind(of path: String) -> String { path.lowercased().hasSuffix(".json") ? "JSON" : "YAML" }

    private static func line(of error: any Error) -> Int? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        case let .reader(_, offset, _, yaml):
            guard let offset else { return nil }
            return yaml.utf8.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        case let .duplicatedKeysInMapping(_, context): return context.mark.line
        default: return nil
        }
    }

    private static func problem(_ error: any Error) -> String {
        guard let error = error as? YamlError else { return "\(error)" }
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        case let .duplicatedKeysInMapping(duplicates, _): return "duplicated keys \(duplicates.joined(separator: ", "))"
        default: return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}

extension Node {
    /// 1-based line of the node in its file (1 when Yams has no mark).
    var line: Int { mark?.line ?? 1 }

    /// The value under `key` in a mapping.
    func value(_ key: String) -> Node? { mapping?[key] }

    /// The scalar under `key` as text.
    func text(_ key: String) -> String? { mapping?[key]?.scalar?.string }

    /// Key/value pairs of a mapping with string keys, in file order.
    var pairs: [(key: String, value: Node, line: Int)] {
        guard let mapping else { return [] }
        return mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value, pair.key.line) } }
    }
}
