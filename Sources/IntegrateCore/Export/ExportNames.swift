import Foundation

/// Unique names for nodes in a target format whose names have rules of their own
/// (Backstage entity names, Structurizr and Mermaid identifiers).
///
/// A name is derived from the node id, made valid by `sanitize`, and made unique by a numeric
/// suffix in node order, so the same landscape always gives the same names.
struct ExportNames: Sendable {
    private(set) var names: [String: String] = [:]
    private var taken: Set<String> = []

    /// Registers `id`, deriving its name from `preferred` with `sanitize`; returns the name.
    @discardableResult
    mutating func assign(_ id: String, preferred: String, sanitize: (String) -> String) -> String {
        if let name = names[id] { return name }
        let base = sanitize(preferred)
        var name = base
        var counter = 2
        while taken.contains(name.lowercased()) {
            name = sanitize(base + "-\(counter)")
            counter += 1
        }
        taken.insert(name.lowercased())
        names[id] = name
        return name
    }

    subscript(id: String) -> String? { names[id] }

    /// Backstage's entity name rule: 1-63 characters, `[A-Za-z0-9]` at both ends and
    /// `[-A-Za-z0-9_.]` between. Other characters become `-`; an over-long name keeps its
    /// start and a hash of the whole, so two long names stay apart.
    static func backstage(_ raw: String) -> String {
        var text = String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "-") }
        text = trimmedToAlphanumerics(text)
        if text.isEmpty { text = "unnamed" }
        if text.count > 63 {
            let hash = String(ContentHash.of(raw).prefix(8))
            text = trimmedToAlphanumerics(String(text.prefix(54))) + "-" + hash
        }
        return text
    }

    /// An identifier for DSLs: `[A-Za-z_][A-Za-z0-9_]*`.
    static func identifier(_ raw: String) -> String {
        var text = String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
        while text.contains("__") { text = text.replacingOccurrences(of: "__", with: "_") }
        if let first = text.first, first.isNumber { text = "n_" + text }
        return text.isEmpty ? "node" : text
    }

    private static func trimmedToAlphanumerics(_ text: String) -> String {
        let isEnd: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let start = text.firstIndex(where: isEnd), let end = text.lastIndex(where: isEnd) else { return "" }
        return String(text[start...end])
    }
}
