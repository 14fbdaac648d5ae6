/// Security schemes are defined and applied: every operation has a requirement (global or its
/// own); an explicit empty `security: []` marks a deliberately public operation.
struct SecurityAppliedRule: LintRule {
    let id = "security-not-applied"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Operations without a security requirement are open to anyone who can reach them."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        if SecuritySchemes.names(document).isEmpty && !document.operations.isEmpty {
            report.add("no security schemes are defined", line: document.root["components"]?.line ?? 1, pointer: "/components/securitySchemes")
            return
        }
        let global = document.security ?? []
        for op in document.operations where op.security == nil && global.isEmpty {
            report.add("\(op.label) has no security requirement", line: op.line, pointer: op.pointer)
        }
    }
}
