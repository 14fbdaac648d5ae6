/// RFC 9457 problem details (`application/problem+json` with type/title/status) are recommended.
struct ProblemDetailsRule: LintRule {
    let id = "error-not-problem-details"
    let defaultSeverity = ChangeLevel.info
    let reason = "RFC 9457 problem details are the standard error shape tools and gateways understand."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for (op, response, media, schema) in ErrorResponses.bodies(document) {
            let names = Set(schema.properties.map(\.name))
            if media.name.contains("problem+json") || (names.contains("title") && names.contains("status") && names.contains("type")) { continue }
            report.add("\(op.label) response \(response.status) is not RFC 9457 problem details (application/problem+json with type, title, status)",
                       line: schema.node.line, pointer: media.pointer)
        }
    }
}
