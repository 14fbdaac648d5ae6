/// Top-level `security` requirements and scopes added or removed.
struct GlobalSecurityUpdatedCheck: DocumentCheck {
    func check(_ pair: DocumentPair, into sink: inout ChangeSink) {
        let result = SecurityRequirementDiff.compare(pair.base.security ?? [], pair.revision.security ?? [])
        let line = pair.revision.root["security"]?.line
        for name in result.added { sink.emitDocument("api-global-security-added", pointer: "/security", line: line, arguments: [name]) }
        for name in result.removed { sink.emitDocument("api-global-security-removed", pointer: "/security", line: line, arguments: [name]) }
        for (scope, name) in result.scopesAdded { sink.emitDocument("api-global-security-scope-added", pointer: "/security", line: line, arguments: [scope, name]) }
        for (scope, name) in result.scopesRemoved { sink.emitDocument("api-global-security-scope-removed", pointer: "/security", line: line, arguments: [scope, name]) }
    }
}
