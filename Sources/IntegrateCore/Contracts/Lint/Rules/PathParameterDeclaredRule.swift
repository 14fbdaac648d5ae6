/// Every `{param}` in a path template is declared as a path parameter, and vice versa.
struct PathParameterDeclaredRule: LintRule {
    let id = "path-parameter-undeclared"
    let defaultSeverity = ChangeLevel.error
    let reason = "Undeclared path parameters have no type; clients and servers disagree on them."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations {
            let template = Self.names(op.path)
            let declared = Set(op.parameters.filter { $0.location == "path" }.map(\.name))
            for name in template.subtracting(declared).sorted() {
                report.add("\(op.label) does not declare path parameter '\(name)'", line: op.line, pointer: op.pointer)
            }
            for name in declared.subtracting(template).sorted() {
                report.add("\(op.label) declares path parameter '\(name)' that is not in the path", line: op.line, pointer: op.pointer)
            }
        }
    }

    static func names(_ path: String) -> Set<String> {
        var result = Set<String>()
        var current: String?
        for character in path {
            if character == "{" { current = "" }
            else if character == "}" { if let name = current { result.insert(name) }; current = nil }
            else if current != nil { current?.append(character) }
        }
        return result
    }
}
