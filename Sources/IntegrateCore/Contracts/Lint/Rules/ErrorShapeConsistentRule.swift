/// One error shape across the API: clients should parse every failure the same way.
struct ErrorShapeConsistentRule: LintRule {
    let id = "error-shape-inconsistent"
    let defaultSeverity = ChangeLevel.warning
    let reason = "One error shape across the API lets clients handle every failure with one parser."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        let bodies = ErrorResponses.bodies(document)
        var counts: [String: Int] = [:]
        for body in bodies { counts[ErrorResponses.shape(body.3), default: 0] += 1 }
        guard counts.count > 1, let dominant = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return }
        for (op, response, media, schema) in bodies where ErrorResponses.shape(schema) != dominant {
            report.add("\(op.label) response \(response.status) uses error shape \(ErrorResponses.shape(schema)), most errors use \(dominant)",
                       line: schema.node.line, pointer: media.pointer)
        }
    }
}
