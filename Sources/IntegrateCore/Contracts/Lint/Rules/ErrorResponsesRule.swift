/// Every operation documents a 4xx and a 5xx response (`default` covers both).
struct ErrorResponsesRule: LintRule {
    let id = "error-responses-missing"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Callers must know what failure looks like to retry, back off or report."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations {
            let statuses = op.responses.map { $0.status.uppercased() }
            if statuses.contains("DEFAULT") { continue }
            var missing: [String] = []
            if !statuses.contains(where: { $0.hasPrefix("4") }) { missing.append("4xx") }
            if !statuses.contains(where: { $0.hasPrefix("5") }) { missing.append("5xx") }
            guard !missing.isEmpty else { continue }
            report.add("\(op.label) documents no \(missing.joined(separator: " or ")) response", line: op.node["responses"]?.line ?? op.line,
                       pointer: JSONPointer.append(op.pointer, "responses"))
        }
    }
}
