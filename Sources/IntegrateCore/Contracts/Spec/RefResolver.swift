import Foundation

/// Resolves `$ref`s across the files of one loaded spec (the root file and every relative file
/// it references), without network access.
///
/// Immutable once loaded; a ref that cannot be resolved yields `nil`, and ref chains are followed
/// at most `maxChain` times so a self-referencing chain never hangs.
public final class RefResolver: Sendable {
    /// Loaded files by their path as given to the loader (root first).
    public let documents: [String: SpecNode]
    public let rootFile: String
    static let maxChain = 32

    public init(rootFile: String, documents: [String: SpecNode]) {
        self.rootFile = rootFile
        self.documents = documents
    }

    /// The node a `$ref` points at, with the file it lives in and a stable key (`file#pointer`).
    public func resolve(_ ref: String, from file: String) -> (node: SpecNode, file: String, key: String)? {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = parts.first.map(String.init) ?? ""
        let pointer = parts.count > 1 ? String(parts[1]) : ""
        let target = filePart.isEmpty ? file : RefResolver.join(file, filePart)
        guard let root = documents[target] else { return nil }
        guard let node = RefResolver.follow(pointer: pointer, in: root) else { return nil }
        return (node, target, target + "#" + pointer)
    }

    /// Follows a JSON pointer (`/components/schemas/Pet`) inside a node.
    public static func follow(pointer: String, in root: SpecNode) -> SpecNode? {
        var current = root
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            var token = String(raw)
            if token.utf8.contains(UInt8(ascii: "%")) { token = token.removingPercentEncoding ?? token }
            if token.utf8.contains(UInt8(ascii: "~")) { token = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") }
            if let array = current.array, let index = Int(token), array.indices.contains(index) {
                current = array[index]
            } else if let next = current[token] {
                current = next
            } else {
                return nil
            }
        }
        return current
    }

    /// `dir/of/base.yaml` + `../x.yaml` -> `dir/x.yaml` (paths as strings, `/` separated).
    public static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        var parts = base.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast()
        for piece in relative.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..":
                if let last = parts.last, !last.isEmpty, last != ".." { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether a `$ref` names another file (`other.yaml#/x`), not a pointer in the same file or a URL.
    static func externalFile(of ref: String) -> String? {
        guard let hash = ref.firstIndex(of: "#") ?? Optional(ref.endIndex) else { return nil }
        let file = String(ref[..<hash])
        if file.isEmpty || file.contains("://") { return nil }
        return file
    }
}
