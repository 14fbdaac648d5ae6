/// `nullable` / `null` in a 3.1 type array added or removed.
struct SchemaNullableUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        let old = pair.base.nullable, new = pair.revision.nullable
        guard old != new else { return }
        pair.emit(new ? "became-nullable" : "became-not-nullable", into: &sink)
    }
}
