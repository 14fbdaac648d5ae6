/// `allOf`/`oneOf`/`anyOf` subschemas added or removed (matched structurally), and a schema
/// wrapped in `oneOf`.
struct SchemaCompositionUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        if OneOfWrapping.isWrapping(pair) {
            pair.emit("wrapped-in-one-of", into: &sink)
            return
        }
        for (keyword, stem) in [("allOf", "all-of"), ("oneOf", "one-of"), ("anyOf", "any-of")] {
            let base = list(pair.base, keyword), revision = list(pair.revision, keyword)
            if base.isEmpty && revision.isEmpty { continue }
            let result = SubschemaMatcher.match(base, revision)
            for (schema, index) in result.removed {
                pair.emit("\(stem)-removed", [SubschemaMatcher.label(schema, index: index)], into: &sink)
            }
            for (schema, index) in result.added {
                pair.emit("\(stem)-added", [SubschemaMatcher.label(schema, index: index)], into: &sink)
            }
        }
    }

    private func list(_ schema: Schema, _ keyword: String) -> [Schema] {
        keyword == "allOf" ? schema.allOf : keyword == "oneOf" ? schema.oneOf : schema.anyOf
    }
}
