import Yams

/// Parses YAML (and JSON, which is read as YAML so every node keeps its line) into Yams nodes,
/// through the guarded `YAMLLoader`.
///
/// A malformed file, or one over the loader's limits (an alias bomb, say), becomes a warning
/// `Diagnostic` naming the file and line, and no nodes, so one bad file never stops the scan.
enum YAMLDocuments {
    static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> [Node] {
        let loaded = YAMLLoader.documents(text, file: path)
        if let error = loaded.error {
            diagnostics.append(error.diagnostic)
        }
        return loaded.nodes
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
