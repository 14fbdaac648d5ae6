/// Tags removed from or added to an operation.
struct APITagUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        let pointer = JSONPointer.append(revision.pointer, "tags")
        for tag in base.tags where !revision.tags.contains(tag) {
            sink.emit("api-tag-removed", revision, pointer: pointer, line: revision.line, arguments: [tag])
        }
        for tag in revision.tags where !base.tags.contains(tag) {
            sink.emit("api-tag-added", revision, pointer: pointer, line: revision.node["tags"]?.line, arguments: [tag])
        }
    }
}
