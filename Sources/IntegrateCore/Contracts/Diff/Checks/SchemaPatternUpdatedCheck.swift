/// `pattern` added, removed or changed on the request side (`.*` counts as a generalization).
struct SchemaPatternUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        guard pair.site.isRequest, pair.base.pattern != pair.revision.pattern else { return }
        switch (pair.base.pattern, pair.revision.pattern) {
        case (nil, let new?): pair.emit("pattern-added", ["", new], into: &sink)
        case (let old?, nil): pair.emit("pattern-removed", [old], into: &sink)
        case (let old?, let new?): pair.emit(new == ".*" ? "pattern-generalized" : "pattern-changed", [old, new], into: &sink)
        case (nil, nil): break
        }
    }
}
