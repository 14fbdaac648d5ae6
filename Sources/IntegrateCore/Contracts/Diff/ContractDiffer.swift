/// Compares two versions of an OpenAPI document and reports every change the checks find.
///
/// Operations are matched by method and path template (parameter names ignored, as oasdiff does);
/// schemas of matched request bodies, parameters, responses and headers are walked in parallel.
public struct ContractDiffer: Sendable {
    public var options: DiffOptions
    public var documentChecks: [any DocumentCheck]
    public var operationChecks: [any OperationCheck]
    public var schemaChecks: [any SchemaCheck]

    public init(options: DiffOptions = DiffOptions()) {
        self.options = options
        self.documentChecks = DiffCheckCatalog.documentChecks
        self.operationChecks = DiffCheckCatalog.operationChecks
        self.schemaChecks = DiffCheckCatalog.schemaChecks
    }

    public func diff(base: OpenAPIDocument, revision: OpenAPIDocument) -> [ContractChange] {
        let documents = DocumentPair(base: base, revision: revision, options: options)
        var sink = ChangeSink(source: revision.displayName, baseSource: base.displayName)
        for check in documentChecks { check.check(documents, into: &sink) }

        let walker = SchemaWalker(checks: schemaChecks, stability: RefStability(base: base, revision: revision))
        let baseOps = Dictionary(base.operations.map { (Self.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let revisionOps = Dictionary(revision.operations.map { (Self.key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for op in base.operations where revisionOps[Self.key(op)] == nil {
            for check in operationChecks { check.check(base: op, revision: nil, documents: documents, into: &sink) }
        }
        // A large spec shows how far the diff is, on a terminal only.
        let progress = TerminalProgress.onTerminal(label: "integrate: diffing operations", total: revision.operations.count, minimum: 300)
        defer { progress?.finish() }
        for op in revision.operations {
            progress?.advance()
            let old = baseOps[Self.key(op)]
            for check in operationChecks { check.check(base: old, revision: op, documents: documents, into: &sink) }
            if let old { walkSchemas(OperationPair(base: old, revision: op, documents: documents), walker: walker, into: &sink) }
        }
        return sink.changes
    }

    /// `get /orders/{}`: the match key of an operation.
    static func key(_ op: SpecOperation) -> String { op.method + " " + normalize(op.path) }

    /// `/orders/{orderId}` -> `/orders/{}`.
    public static func normalize(_ path: String) -> String {
        var result = ""
        var inParameter = false
        for character in path {
            if character == "{" { inParameter = true; result.append("{") }
            else if character == "}" { inParameter = false; result.append("}") }
            else if !inParameter { result.append(character) }
        }
        return result.count > 1 && result.hasSuffix("/") ? String(result.dropLast()) : result
    }

    private func walkSchemas(_ pair: OperationPair, walker: SchemaWalker, into sink: inout ChangeSink) {
        let op = pair.revision
        if let a = pair.base.requestBody, let b = pair.revision.requestBody {
            for media in b.content {
                guard let old = a.content.first(where: { $0.name == media.name }), let s1 = old.schema, let s2 = media.schema else { continue }
                walker.walk(SchemaPair(base: s1, revision: s2, site: .requestBody(mediaType: media.name), path: [], operation: op, pointer: media.pointer), into: &sink)
            }
        }
        for parameter in pair.revision.parameters where !parameter.schemaFromContent {
            guard let old = ParameterMatching.find(parameter, in: pair.base.parameters), !old.schemaFromContent, let s1 = old.schema, let s2 = parameter.schema else { continue }
            let site = SchemaSite.requestParameter(location: parameter.location, name: parameter.name)
            walker.walk(SchemaPair(base: s1, revision: s2, site: site, path: [], operation: op, pointer: JSONPointer.append(parameter.pointer, "schema")), into: &sink)
        }
        for response in pair.revision.responses {
            guard let old = pair.base.responses.first(where: { $0.status == response.status }) else { continue }
            for media in response.content {
                guard let oldMedia = old.content.first(where: { $0.name == media.name }), let s1 = oldMedia.schema, let s2 = media.schema else { continue }
                walker.walk(SchemaPair(base: s1, revision: s2, site: .responseBody(status: response.status, mediaType: media.name), path: [], operation: op, pointer: media.pointer), into: &sink)
            }
            for header in response.headers {
                guard let oldHeader = old.headers.first(where: { $0.name.lowercased() == header.name.lowercased() }),
                      let s1 = oldHeader.schema, let s2 = header.schema else { continue }
                walker.walk(SchemaPair(base: s1, revision: s2, site: .responseHeader(status: response.status, name: header.name), path: [], operation: op, pointer: JSONPointer.append(header.pointer, "schema")), into: &sink)
            }
        }
    }
}

/// Matches a parameter across versions by location and name (header names case-insensitively).
enum ParameterMatching {
    static func find(_ parameter: SpecParameter, in list: [SpecParameter]) -> SpecParameter? {
        list.first { candidate in
            guard candidate.location == parameter.location else { return false }
            return parameter.location == "header" ? candidate.name.lowercased() == parameter.name.lowercased() : candidate.name == parameter.name
        }
    }
}
