import Foundation

/// Finds the node a JSON pointer of the diff engine names, following local `$ref`s on the way:
/// the engine builds pointers through referenced schemas (`…/schema/properties/id`), which are
/// no path in the document itself.
enum PointerLocator {
    static func node(_ pointer: String, in document: OpenAPIDocument) -> SpecNode? {
        var current = document.root
        for raw in pointer.split(separator: "/", omittingEmptySubsequences: true) {
            let token = String(raw).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            var hops = 0
            while current[token] == nil, let ref = current["$ref"]?.string, hops < 8, let target = document.resolver.resolve(ref, from: document.file) {
                current = target.node
                hops += 1
            }
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
