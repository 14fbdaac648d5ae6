/// Every scheme named in a security requirement is defined in the components.
struct SecuritySchemeDefinedRule: LintRule {
    let id = "security-scheme-undefined"
    let defaultSeverity = ChangeLevel.error
    let reason = "A requirement naming an undefined scheme cannot be satisfied by any client."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        let defined = SecuritySchemes.names(document)
        for requirement in document.security ?? [] {
            for scheme in requirement.schemes.keys.sorted() where !defined.contains(scheme) {
                report.add("global security names undefined scheme '\(scheme)'", line: document.root["security"]?.line, pointer: "/security")
            }
        }
        for op in document.operations {
            for requirement in op.security ?? [] {
                for scheme in requirement.schemes.keys.sorted() where !defined.contains(scheme) {
                    report.add("\(op.label) security names undefined scheme '\(scheme)'", line: op.node["security"]?.line ?? op.line,
                               pointer: JSONPointer.append(op.pointer, "security"))
                }
            }
        }
    }
}

enum SecuritySchemes {
    static func names(_ document: OpenAPIDocument) -> Set<String> {
        let node = document.version == .swagger2 ? document.root["securityDefinitions"] : document.root["components"]?["securitySchemes"]
        return Set(node?.object?.keys ?? [])
    }
}
