/// Response status codes removed (a removed success status breaks clients) or added.
struct ResponseStatusUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for response in base.responses where !revision.responses.contains(where: { $0.status == response.status }) {
            let id = response.isSuccess ? "response-success-status-removed" : "response-non-success-status-removed"
            sink.emit(id, revision, pointer: response.pointer, line: base.node["responses"]?[response.status]?.line ?? base.line, side: "base", arguments: [response.status])
        }
        for response in revision.responses where !base.responses.contains(where: { $0.status == response.status }) {
            let id = response.isSuccess ? "response-success-status-added" : "response-non-success-status-added"
            sink.emit(id, revision, pointer: response.pointer, line: revision.node["responses"]?[response.status]?.line, arguments: [response.status])
        }
    }
}
