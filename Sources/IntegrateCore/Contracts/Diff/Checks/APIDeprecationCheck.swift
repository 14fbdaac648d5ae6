/// Operations deprecated (with or without `x-sunset`) or reactivated, invalid or lowered
/// `x-stability-level`. Deprecating a draft or alpha operation is not reported.
struct APIDeprecationCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let revision else { return }
        let stability = Deprecation.stability(revision.node)
        guard case .some(.some(let level)) = stability else {
            sink.emit("api-invalid-stability-level", revision, pointer: JSONPointer.append(revision.pointer, "x-stability-level"),
                      line: revision.node["x-stability-level"]?.line, arguments: [Deprecation.rawStability(revision.node)])
            return
        }
        guard let base else { return }
        if case .some(.some(let old)) = Deprecation.stability(base.node),
           let oldRank = Deprecation.stabilityOrder.firstIndex(of: old), let newRank = Deprecation.stabilityOrder.firstIndex(of: level), newRank < oldRank {
            sink.emit("api-stability-decreased", revision, pointer: JSONPointer.append(revision.pointer, "x-stability-level"), line: revision.line, arguments: [old, level])
        }
        if base.deprecated && !revision.deprecated {
            sink.emit("endpoint-reactivated", revision, pointer: revision.pointer, line: revision.line)
            return
        }
        guard !base.deprecated, revision.deprecated, level != "draft", level != "alpha" else { return }
        let pointer = JSONPointer.append(revision.pointer, "deprecated")
        switch Deprecation.sunset(revision.node) {
        case .none: sink.emit("endpoint-deprecated", revision, pointer: pointer, line: revision.line)
        case .date(let date): sink.emit("endpoint-deprecated-with-sunset", revision, pointer: pointer, line: revision.line, arguments: [date])
        case .invalid(let raw): sink.emit("api-deprecated-sunset-parse", revision, pointer: pointer, line: revision.line, arguments: [raw])
        }
    }
}
