/// operationId removed or changed (reported as removed, as oasdiff does) or added; generated
/// clients name their methods after it.
struct APIOperationIdUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision, base.operationId != revision.operationId else { return }
        let pointer = JSONPointer.append(revision.pointer, "operationId")
        let line = revision.node["operationId"]?.line ?? revision.line
        switch (base.operationId, revision.operationId) {
        case (let old?, let new): sink.emit("api-operation-id-removed", revision, pointer: pointer, line: line, arguments: [old, new.map { " (now '\($0)')" } ?? ""])
        case (nil, let new?): sink.emit("api-operation-id-added", revision, pointer: pointer, line: line, arguments: [new])
        default: break
        }
    }
}
