/// Request body added, removed, made required/optional; media types added or removed.
struct RequestBodyUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        switch (base.requestBody, revision.requestBody) {
        case (nil, let body?):
            sink.emit(body.required ? "request-body-added-required" : "request-body-added-optional", revision, pointer: body.pointer, line: revision.line)
        case (let body?, nil):
            sink.emit("request-body-removed", revision, pointer: body.pointer, line: base.line, side: "base")
        case (let old?, let new?):
            if old.required != new.required {
                sink.emit(new.required ? "request-body-became-required" : "request-body-became-optional", revision, pointer: new.pointer, line: revision.line)
            }
            for media in old.content where !new.content.contains(where: { $0.name == media.name }) {
                sink.emit("request-body-media-type-removed", revision, pointer: media.pointer, line: media.schema?.node.line ?? base.line, side: "base", arguments: [media.name])
            }
            for media in new.content where !old.content.contains(where: { $0.name == media.name }) {
                sink.emit("request-body-media-type-added", revision, pointer: media.pointer, line: media.schema?.node.line, arguments: [media.name])
            }
        case (nil, nil): break
        }
    }
}
