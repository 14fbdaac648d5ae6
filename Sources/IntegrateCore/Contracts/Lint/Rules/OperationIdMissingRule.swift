/// Every operation should have an operationId (stable client method names, changelog anchors).
struct OperationIdMissingRule: LintRule {
    let id = "operation-id-missing"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Without operationId, generated client method names change with paths."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations where (op.operationId ?? "").isEmpty {
            report.add("\(op.label) has no operationId", line: op.line, pointer: op.pointer)
        }
    }
}
