/// Response headers added, removed (required ones break clients) or made optional.
struct ResponseHeaderUpdatedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for response in revision.responses {
            guard let old = base.responses.first(where: { $0.status == response.status }) else { continue }
            func find(_ name: String, _ list: [SpecHeader]) -> SpecHeader? { list.first { $0.name.lowercased() == name.lowercased() } }
            for header in old.headers {
                guard let new = find(header.name, response.headers) else {
                    let id = header.required ? "required-response-header-removed" : "optional-response-header-removed"
                    sink.emit(id, revision, pointer: header.pointer, line: base.line, side: "base", arguments: [response.status, header.name])
                    continue
                }
                if header.required && !new.required {
                    sink.emit("response-header-became-optional", revision, pointer: new.pointer, line: new.schema?.node.line, arguments: [response.status, header.name])
                }
            }
            for header in response.headers where find(header.name, old.headers) == nil {
                sink.emit("response-header-added", revision, pointer: header.pointer, line: header.schema?.node.line, arguments: [response.status, header.name])
            }
        }
    }
}
