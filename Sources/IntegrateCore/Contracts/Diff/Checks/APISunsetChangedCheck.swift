/// The sunset of a still-deprecated operation removed or moved earlier.
struct APISunsetChangedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision, base.deprecated, revision.deprecated else { return }
        let pointer = JSONPointer.append(revision.pointer, "x-sunset")
        switch (Deprecation.sunset(base.node), Deprecation.sunset(revision.node)) {
        case (.date, .none):
            sink.emit("sunset-deleted", revision, pointer: pointer, line: revision.line)
        case (.date(let old), .date(let new)) where new < old && new > documents.options.today:
            sink.emit("api-sunset-date-changed-too-small", revision, pointer: pointer, line: revision.node["x-sunset"]?.line, arguments: [old, new])
        default: break
        }
    }
}
