/// SARIF 2.1.0 for code-scanning UIs; one result per change, located in the revision file.
public struct DiffSARIFRenderer: Sendable {
    public init() {}

    public func render(_ reports: [DiffReport]) throws -> String {
        let changes = reports.flatMap(\.changes)
        let ids = Set(changes.map(\.id)).sorted()
        let results = changes.map { change in
            SARIFDocument.Result(ruleId: change.id, level: SARIFDocument.level(change.level),
                                 message: "\(change.operation): \(change.message)", file: change.source, line: change.line)
        }
        return try SARIFDocument(toolName: "integrate contracts diff", rules: ids.map { ($0, DiffMessages.templates[$0] ?? $0) }, results: results, informationUri: "https://github.com/oasdiff/oasdiff").render()
    }
}
