/// Parameters added to an operation: required ones and new path parameters break clients.
struct RequestParameterAddedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for parameter in revision.parameters where ParameterMatching.find(parameter, in: base.parameters) == nil {
            let id = parameter.location == "path" ? "new-request-path-parameter"
                : parameter.required ? "new-required-request-parameter" : "new-optional-request-parameter"
            sink.emit(id, revision, pointer: parameter.pointer, line: parameter.node.line, arguments: [parameter.location, parameter.name])
        }
    }
}
