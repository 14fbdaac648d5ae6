/// Media types removed from (breaking) or added to a response that exists in both versions.
struct ResponseMediaTypeUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for response in revision.responses {
            guard let old = base.responses.first(where: { $0.status == response.status }) else { continue }
            for media in old.content where !response.content.contains(where: { $0.name == media.name }) {
                sink.emit("response-media-type-removed", revision, pointer: media.pointer, line: media.schema?.node.line ?? base.line, side: "base", arguments: [response.status, media.name])
            }
            for media in response.content where !old.content.contains(where: { $0.name == media.name }) {
                sink.emit("response-media-type-added", revision, pointer: media.pointer, line: media.schema?.node.line, arguments: [response.status, media.name])
            }
        }
    }
}
