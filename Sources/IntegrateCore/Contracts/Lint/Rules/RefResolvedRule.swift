/// Every `$ref` resolves (in the file or a relative file).
struct RefResolvedRule: LintRule {
    let id = "ref-unresolved"
    let defaultSeverity = ChangeLevel.error
    let reason = "An unresolved $ref makes the contract incomplete for every tool that reads it."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        SpecRefWalker.visit(document.root) { ref, pointer, line in
            if ref.contains("://") { return }
            if document.resolver.resolve(ref, from: document.file) == nil {
                report.add("$ref '\(ref)' does not resolve", line: line, pointer: JSONPointer.append(pointer, "$ref"))
            }
        }
    }
}
