/// `default` values changed, added or removed (clients that omit the value get another one).
struct SchemaDefaultUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        switch (pair.base.defaultValue, pair.revision.defaultValue) {
        case (let a?, let b?) where !a.sameValue(as: b): pair.emit("default-value-changed", [a.compactText, b.compactText], into: &sink)
        case (nil, let b?): pair.emit("default-value-added", ["", b.compactText], into: &sink)
        case (let a?, nil): pair.emit("default-value-removed", [a.compactText], into: &sink)
        default: break
        }
    }
}
