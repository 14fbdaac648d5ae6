/// Parameters removed: a warning (the server now ignores what clients send) unless deprecated
/// first; an error before the parameter's `x-sunset`.
struct RequestParameterRemovedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, let revision else { return }
        for parameter in base.parameters where ParameterMatching.find(parameter, in: revision.parameters) == nil {
            var id = "request-parameter-removed"
            var date = ""
            if parameter.deprecated {
                let verdict = Deprecation.removalVerdict(parameter.node, today: documents.options.today)
                id = verdict.suffix == "sunset-parse" ? "request-parameter-sunset-parse" : "request-parameter-removed-\(verdict.suffix)"
                date = verdict.date
            }
            sink.emit(id, revision, pointer: parameter.pointer, line: parameter.node.line, side: "base", arguments: [parameter.location, parameter.name, date])
        }
    }
}
