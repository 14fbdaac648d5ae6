/// Walks two versions of a schema in parallel and runs every `SchemaCheck` at each depth.
///
/// Descends into properties present in both, `items`, `additionalProperties` and matched
/// `allOf`/`oneOf`/`anyOf` subschemas. A `$ref` pair already on the current path is not entered
/// again, so recursive schemas terminate; depth is capped as a second guard.
struct SchemaWalker {
    let checks: [any SchemaCheck]
    let stability: RefStability?
    static let maxDepth = 48

    func walk(_ pair: SchemaPair, into sink: inout ChangeSink) {
        var stack = Set<String>()
        visit(pair, stack: &stack, into: &sink)
    }

    private func visit(_ pair: SchemaPair, stack: inout Set<String>, into sink: inout ChangeSink) {
        guard pair.path.count < Self.maxDepth else { return }
        if let stability, stability.unchanged(pair.base, pair.revision) { return }
        let key = (pair.base.refKey ?? "") + "|" + (pair.revision.refKey ?? "")
        let tracked = pair.base.refKey != nil || pair.revision.refKey != nil
        if tracked {
            guard stack.insert(key).inserted else { return }
        }
        defer { if tracked { stack.remove(key) } }
        for check in checks { check.check(pair, into: &sink) }
        if OneOfWrapping.isWrapping(pair) { return }

        for (name, baseProperty) in pair.base.properties {
            guard let revisionProperty = pair.revision.property(name) else { continue }
            visit(child(pair, baseProperty, revisionProperty, name, JSONPointer.append(pair.pointer, "properties", name)), stack: &stack, into: &sink)
        }
        if let a = pair.base.items, let b = pair.revision.items {
            visit(child(pair, a, b, "items", JSONPointer.append(pair.pointer, "items")), stack: &stack, into: &sink)
        }
        if let a = pair.base.additionalProperties, let b = pair.revision.additionalProperties {
            visit(child(pair, a, b, "additionalProperties", JSONPointer.append(pair.pointer, "additionalProperties")), stack: &stack, into: &sink)
        }
        for keyword in ["allOf", "oneOf", "anyOf"] {
            let matched = SubschemaMatcher.match(subschemas(pair.base, keyword), subschemas(pair.revision, keyword))
            for (a, b, index) in matched.pairs {
                let label = "\(keyword)[\(SubschemaMatcher.label(b, index: index))]"
                visit(child(pair, a, b, label, JSONPointer.append(pair.pointer, keyword, "\(index)")), stack: &stack, into: &sink)
            }
        }
    }

    private func subschemas(_ schema: Schema, _ keyword: String) -> [Schema] {
        keyword == "allOf" ? schema.allOf : keyword == "oneOf" ? schema.oneOf : schema.anyOf
    }

    private func child(_ pair: SchemaPair, _ base: Schema, _ revision: Schema, _ name: String, _ pointer: String) -> SchemaPair {
        var next = pair
        next.base = base
        next.revision = revision
        next.path.append(name)
        next.pointer = pointer
        return next
    }
}

/// Recognizes a schema wrapped in `oneOf` (object -> `oneOf: [object, object]`): reported once as
/// `*-wrapped-in-one-of`, not as property-by-property noise.
enum OneOfWrapping {
    static func isWrapping(_ pair: SchemaPair) -> Bool {
        pair.base.oneOf.isEmpty && !pair.revision.oneOf.isEmpty
            && (!pair.base.types.isEmpty || !pair.base.properties.isEmpty)
            && pair.revision.types.isEmpty && pair.revision.properties.isEmpty
    }
}
