/// New operations (`endpoint-added`), whether on a new path or an existing one.
struct APIAddedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard base == nil, let revision else { return }
        sink.emit("endpoint-added", revision, pointer: revision.pointer, line: revision.line)
    }
}
