/// Response properties removed (required ones break clients), added, made optional/required, or
/// switched to/from write-only (write-only properties never appear in responses).
struct ResponsePropertyUpdatedCheck: SchemaCheck {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink) {
        guard case .responseBody = pair.site, !OneOfWrapping.isWrapping(pair) else { return }
        let oldRequired = Set(pair.base.required), newRequired = Set(pair.revision.required)
        func emit(_ id: String, _ name: String, side: String = "revision") {
            let pointer = JSONPointer.append(pair.pointer, "properties", name)
            sink.emit(id, pair.operation, pointer: pointer, line: (pair.revision.property(name) ?? pair.base.property(name))?.node.line,
                      side: side, arguments: [(pair.path + [name]).joined(separator: "/"), "", "", pair.site.status])
        }
        for (name, old) in pair.base.properties where pair.revision.property(name) == nil {
            let kind = oldRequired.contains(name) ? "required" : "optional"
            emit("response-\(kind)-\(old.writeOnly ? "write-only-" : "")property-removed", name, side: "base")
        }
        for (name, new) in pair.revision.properties {
            guard let old = pair.base.property(name) else {
                let kind = newRequired.contains(name) ? "required" : "optional"
                emit("response-\(kind)-\(new.writeOnly ? "write-only-" : "")property-added", name)
                continue
            }
            if oldRequired.contains(name) && !newRequired.contains(name) {
                emit(new.writeOnly ? "response-write-only-property-became-optional" : "response-property-became-optional", name)
            } else if !oldRequired.contains(name) && newRequired.contains(name) {
                emit(new.writeOnly ? "response-write-only-property-became-required" : "response-property-became-required", name)
            }
            if newRequired.contains(name) && old.writeOnly != new.writeOnly {
                emit(new.writeOnly ? "response-required-property-became-write-only" : "response-required-property-became-not-write-only", name)
            }
        }
    }
}
