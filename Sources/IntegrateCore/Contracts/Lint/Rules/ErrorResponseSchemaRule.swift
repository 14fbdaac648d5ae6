/// Error responses (4xx, 5xx, default) carry a body schema.
struct ErrorResponseSchemaRule: LintRule {
    let id = "error-response-schema-missing"
    let defaultSeverity = ChangeLevel.warning
    let reason = "An error without a body schema leaves clients guessing how to read the failure."

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations {
            for response in op.responses where ErrorResponses.isError(response) && !response.content.contains(where: { $0.schema != nil }) {
                report.add("\(op.label) response \(response.status) has no body schema", line: op.node["responses"]?[response.status]?.line ?? op.line,
                           pointer: response.pointer)
            }
        }
    }
}

/// Helpers shared by the error-shape rules.
enum ErrorResponses {
    static func isError(_ response: SpecResponse) -> Bool {
        let status = response.status.uppercased()
        return status.hasPrefix("4") || status.hasPrefix("5") || status == "DEFAULT"
    }

    /// A stable signature of an error body: the referenced component, or the sorted property names.
    static func shape(_ schema: Schema) -> String {
        if let name = schema.refName { return name }
        let names = schema.properties.map(\.name).sorted()
        return names.isEmpty ? (schema.typeText.isEmpty ? "any" : schema.typeText) : "{" + names.joined(separator: ",") + "}"
    }

    /// Every (operation, response, media type, schema) of an error response.
    static func bodies(_ document: OpenAPIDocument) -> [(SpecOperation, SpecResponse, SpecMediaType, Schema)] {
        document.operations.flatMap { op in
            op.responses.filter(isError).flatMap { response in
                response.content.compactMap { media in media.schema.map { (op, response, media, $0) } }
            }
        }
    }
}
