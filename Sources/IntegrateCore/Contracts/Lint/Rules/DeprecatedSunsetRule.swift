/// Deprecated operations say when they go (`x-sunset`) or what replaces them.
struct DeprecatedSunsetRule: LintRule {
    let id = "deprecated-without-sunset"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Consumers need a date (x-sunset) or a replacement to plan their migration."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations where op.deprecated {
            let hasSunset = op.node["x-sunset"] != nil
            let hasReplacement = op.node["x-replaced-by"] != nil || op.node["x-replacement"] != nil
                || (op.node["description"]?.string?.lowercased().contains("use ") ?? false)
                || op.responses.contains { $0.headers.contains { $0.name.lowercased() == "sunset" || $0.name.lowercased() == "deprecation" } }
            if hasSunset || hasReplacement { continue }
            report.add("\(op.label) is deprecated without x-sunset or a replacement (x-replaced-by)", line: op.node["deprecated"]?.line ?? op.line,
                       pointer: JSONPointer.append(op.pointer, "deprecated"))
        }
    }
}
