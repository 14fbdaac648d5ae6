import Foundation

/// Finds the node a JSON pointer of the diff engine names, following local `$ref`s on the way:
/// the engine builds pointers through referenced schemas (`…/schema/properties/id`), which are
/// no path in the document itself.
enum PointerLocator {
    static func node(_ pointer: String, in document: OpenAPIDocument) -> SpecNode? {
        var current = document.root
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            // One token at a time through `RefResolver.follow`, which unescapes it; a missing
            // key behind a `$ref` is looked up in the referenced node.
            var hops = 0
            var next = RefResolver.follow(pointer: "/" + raw, in: current)
            while next == nil, let ref = current["$ref"]?.string, hops < 8, let target = document.resolver.resolve(ref, from: document.file) {
                current = target.node
                next = RefResolver.follow(pointer: "/" + raw, in: current)
                hops += 1
            }
            guard let found = next else { return nil }
            current = found
        }
        return current
    }

    /// `["lines", "sku"]` from `…/schema/properties/lines/items/properties/sku`.
    static func propertyPath(_ pointer: String) -> [String] {
        let tokens = pointer.split(separator: "/").map { String($0).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~") }
        var path: [String] = []
        var index = 0
        while index < tokens.count {
            if tokens[index] == "properties", index + 1 < tokens.count { path.append(tokens[index + 1]); index += 2 } else { index += 1 }
        }
        return path
    }
}
