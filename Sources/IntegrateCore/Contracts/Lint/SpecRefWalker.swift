/// Visits every `$ref` string in a spec tree with its JSON pointer and line.
enum SpecRefWalker {
    static func visit(_ node: SpecNode, pointer: String = "", _ body: (String, String, Int) -> Void) {
        switch node.value {
        case .object(let object):
            for key in object.keys {
                guard let child = object.entries[key] else { continue }
                if key == "$ref", let ref = child.string { body(ref, pointer, child.line) }
                else { visit(child, pointer: JSONPointer.append(pointer, key), body) }
            }
        case .array(let items):
            for (index, item) in items.enumerated() { visit(item, pointer: JSONPointer.append(pointer, "\(index)"), body) }
        default: break
        }
    }
}
