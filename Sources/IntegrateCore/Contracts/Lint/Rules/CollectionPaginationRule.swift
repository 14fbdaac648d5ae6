import Foundation

/// GET operations returning a collection accept a pagination parameter.
struct CollectionPaginationRule: LintRule {
    let id = "collection-get-unpaginated"
    let defaultSeverity = ChangeLevel.warning
    let reason = "Unbounded collections grow until responses time out or exhaust memory."

    static let pagingNames: Set<String> = ["limit", "offset", "page", "pagesize", "page_size", "per_page", "perpage", "cursor", "after", "before", "size", "top", "skip", "take", "first", "last", "next", "pagetoken", "page_token", "max_results", "maxresults", "count"]

    func check(_ document: OpenAPIDocument, into report: inout LintReport) {
        for op in document.operations where op.method == "get" {
            guard let success = op.responses.first(where: { $0.status.hasPrefix("2") }),
                  success.content.contains(where: { $0.schema.map(Self.isCollection) ?? false }) else { continue }
            if op.parameters.contains(where: { Self.pagingNames.contains($0.name.lowercased().replacingOccurrences(of: "-", with: "_")) || Self.pagingNames.contains($0.name.lowercased()) }) { continue }
            report.add("\(op.label) returns a collection but takes no pagination parameter (limit, cursor, page...)", line: op.line, pointer: op.pointer)
        }
    }

    /// An array, or a page object: an `items`/`data`/`results` array beside a paging field
    /// (`next`, `cursor`, `total`...) or in a schema named `*List`/`*Page`/`*Collection`.
    static func isCollection(_ schema: Schema) -> Bool {
        if schema.types == ["array"] { return true }
        let properties = schema.properties
        guard properties.contains(where: { $0.schema.types == ["array"] && ["items", "data", "results", "content", "records", "elements"].contains($0.name.lowercased()) }) else { return false }
        let pagingFields = ["next", "nextcursor", "next_cursor", "cursor", "totalcount", "total_count", "page", "links", "nextpagetoken", "next_page_token"]
        let named = ["List", "Page", "Collection"].contains { (schema.refName ?? "").hasSuffix($0) }
        return named || properties.contains { pagingFields.contains($0.name.lowercased()) }
    }
}
