/// Security requirements and scopes added to or removed from an operation.
struct APISecurityUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        let result = SecurityRequirementDiff.compare(base.security ?? [], revision.security ?? [])
        let pointer = JSONPointer.append(revision.pointer, "security")
        let line = revision.node["security"]?.line ?? revision.line
        for name in result.added { sink.emit("api-security-added", revision, pointer: pointer, line: line, arguments: [name]) }
        for name in result.removed { sink.emit("api-security-removed", revision, pointer: pointer, line: line, arguments: [name]) }
        for (scope, name) in result.scopesAdded { sink.emit("api-security-scope-added", revision, pointer: pointer, line: line, arguments: [scope, name]) }
        for (scope, name) in result.scopesRemoved { sink.emit("api-security-scope-removed", revision, pointer: pointer, line: line, arguments: [scope, name]) }
    }
}
