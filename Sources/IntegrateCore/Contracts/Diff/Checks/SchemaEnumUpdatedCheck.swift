/// Enum (and 3.1 `const`) values: a request side that becomes an enum or loses values rejects
/// what clients sent; a response side that gains values surprises clients.
struct SchemaEnumUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        let old = pair.base.allowedValues
        guard let new = pair.revision.allowedValues else { return }
        guard let old else {
            if pair.site.isRequest { pair.emit("became-enum", into: &sink) }
            return
        }
        for value in old where !new.contains(where: { $0.sameValue(as: value) }) {
            pair.emit("enum-value-removed", [value.compactText], into: &sink)
        }
        for value in new where !old.contains(where: { $0.sameValue(as: value) }) {
            pair.emit("enum-value-added", [value.compactText], into: &sink)
        }
    }
}
