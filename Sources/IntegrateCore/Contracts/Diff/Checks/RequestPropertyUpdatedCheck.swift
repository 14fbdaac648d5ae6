/// Request body properties added (required ones break clients), removed, or made
/// required/optional. Read-only properties are not sent in requests and are skipped.
struct RequestPropertyUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        guard case .requestBody = pair.site, !OneOfWrapping.isWrapping(pair) else { return }
        let oldRequired = Set(pair.base.required), newRequired = Set(pair.revision.required)
        func path(_ name: String) -> String { (pair.path + [name]).joined(separator: "/") }
        func emit(_ id: String, _ name: String, side: String = "revision") {
            let pointer = JSONPointer.append(pair.pointer, "properties", name)
            sink.emit(id, pair.operation, pointer: pointer, line: (pair.revision.property(name) ?? pair.base.property(name))?.node.line,
                      side: side, arguments: [path(name)])
        }
        for (name, old) in pair.base.properties where pair.revision.property(name) == nil && !old.readOnly {
            emit("request-property-removed", name, side: "base")
        }
        for (name, new) in pair.revision.properties where !new.readOnly {
            guard let old = pair.base.property(name) else {
                if newRequired.contains(name) {
                    emit(new.defaultValue == nil ? "new-required-request-property" : "new-required-request-property-with-default", name)
                } else {
                    emit("new-optional-request-property", name)
                }
                continue
            }
            if !oldRequired.contains(name) && newRequired.contains(name) && !old.readOnly {
                emit(new.defaultValue == nil ? "request-property-became-required" : "request-property-became-required-with-default", name)
            } else if oldRequired.contains(name) && !newRequired.contains(name) {
                emit("request-property-became-optional", name)
            }
        }
    }
}
