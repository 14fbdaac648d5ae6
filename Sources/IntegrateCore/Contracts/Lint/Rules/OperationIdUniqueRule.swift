/// operationIds must be unique: generated clients name methods after them.
struct OperationIdUniqueRule: LintRule {
    let id = "operation-id-duplicate"
    let defaultSeverity = ChangeLevel.error
    let reason = "Generated clients name methods after operationId; duplicates collide."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        var seen: [String: String] = [:]
        for op in document.operations {
            guard let operationId = op.operationId else { continue }
            if let first = seen[operationId] {
                report.add("operationId '\(operationId)' of \(op.label) is also used by \(first)", line: op.node["operationId"]?.line ?? op.line,
                           pointer: JSONPointer.append(op.pointer, "operationId"))
            } else {
                seen[operationId] = op.label
            }
        }
    }
}
