/// A parameter made required (breaks clients that omit it) or optional.
struct RequestParameterRequiredCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for parameter in revision.parameters where parameter.location != "path" {
            guard let old = ParameterMatching.find(parameter, in: base.parameters), old.required != parameter.required else { continue }
            let id = parameter.required ? "request-parameter-became-required" : "request-parameter-became-optional"
            sink.emit(id, revision, pointer: JSONPointer.append(parameter.pointer, "required"), line: parameter.node.line, arguments: [parameter.location, parameter.name])
        }
    }
}
