/// Removed paths and operations: an error unless deprecated first, and still one before `x-sunset`.
///
/// Operations marked `x-stability-level: draft` or `alpha` may go without notice.
struct APIRemovedCheck: OperationCheck {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink) {
        guard let base, revision == nil else { return }
        let level = Deprecation.stability(base.node)
        if case .some(.some(let stability)) = level, stability == "draft" || stability == "alpha" { return }
        let pathGone = !documents.revisionPaths.contains(ContractDiffer.normalize(base.path))
        let family = pathGone ? "api-path-removed" : "api-removed"
        let pointer = base.pointer
        guard base.deprecated else {
            sink.emit("\(family)-without-deprecation", base, pointer: pointer, line: base.line, side: "base")
            return
        }
        let verdict = Deprecation.removalVerdict(base.node, today: documents.options.today)
        let id = verdict.suffix == "sunset-parse" ? (pathGone ? "api-path-sunset-parse" : "api-sunset-parse") : "\(family)-\(verdict.suffix)"
        sink.emit(id, base, pointer: pointer, line: base.line, side: "base", arguments: [verdict.date])
    }
}
