/// Turns a parsed spec tree into an `OpenAPIDocument`, normalizing Swagger 2.0 to the 3.x shape.
struct OpenAPIDocumentBuilder {
    static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    let root: SpecNode
    let file: String
    let displayName: String
    let resolver: RefResolver

    func build() throws -> OpenAPIDocument {
        guard root.object != nil else {
            throw SpecLoadError(file: displayName, line: root.line, message: "a spec must be a mapping with `openapi` or `swagger` at the top")
        }
        let version: OpenAPIDocument.Version
        if let swagger = root["swagger"]?.scalarText {
            guard swagger.hasPrefix("2") else { throw SpecLoadError(file: displayName, line: root["swagger"]?.line ?? 1, message: "unsupported swagger version \(swagger)") }
            version = .swagger2
        } else if let openapi = root["openapi"]?.scalarText {
            if openapi.hasPrefix("3.1") || openapi.hasPrefix("3.2") { version = .openapi31 }
            else if openapi.hasPrefix("3") { version = .openapi30 }
            else { throw SpecLoadError(file: displayName, line: root["openapi"]?.line ?? 1, message: "unsupported openapi version \(openapi)") }
        } else {
            throw SpecLoadError(file: displayName, line: root.line, message: "not an OpenAPI document: no `openapi` or `swagger` field")
        }
        if let paths = root["paths"], paths.object == nil, !paths.isNull {
            throw SpecLoadError(file: displayName, line: paths.line, message: "`paths` must be a mapping")
        }
        var operations: [SpecOperation] = []
        var pathItems: [String: SpecNode] = [:]
        for (path, item) in root["paths"]?.pairs ?? [] {
            let resolved = resolve(item)
            pathItems[path] = resolved
            operations += try buildOperations(path: path, item: resolved, pointer: JSONPointer.append("/paths", path), version: version)
        }
        var webhooks: [String: [SpecOperation]] = [:]
        for (name, item) in root["webhooks"]?.pairs ?? [] {
            webhooks[name] = try buildOperations(path: name, item: resolve(item), pointer: JSONPointer.append("/webhooks", name), version: version)
        }
        var servers: [String] = root["servers"]?.array?.compactMap { $0["url"]?.string } ?? []
        if version == .swagger2, let host = root["host"]?.string {
            let scheme = root["schemes"]?.array?.first?.string ?? "https"
            servers = ["\(scheme)://\(host)\(root["basePath"]?.string ?? "")"]
        } else if version == .swagger2, let basePath = root["basePath"]?.string {
            servers = [basePath]
        }
        return OpenAPIDocument(
            version: version, title: root["info"]?["title"]?.scalarText, apiVersion: root["info"]?["version"]?.scalarText,
            servers: servers, operations: operations, webhooks: webhooks, security: securityList(root["security"]),
            tags: root["tags"]?.array?.compactMap { $0["name"]?.string } ?? [], pathItems: pathItems,
            root: root, file: file, displayName: displayName, resolver: resolver)
    }

    private func resolve(_ node: SpecNode) -> SpecNode {
        var current = node
        var hops = 0
        while let ref = current["$ref"]?.string, hops < RefResolver.maxChain, let target = resolver.resolve(ref, from: file) {
            current = target.node
            hops += 1
        }
        return current
    }

    private func schema(_ node: SpecNode?) -> Schema? {
        node.map { Schema(node: $0, file: file, resolver: resolver) }
    }

    private func buildOperations(path: String, item: SpecNode, pointer: String, version: OpenAPIDocument.Version) throws -> [SpecOperation] {
        guard item.object != nil else { return [] }
        let shared = item["parameters"]?.array ?? []
        var result: [SpecOperation] = []
        for method in Self.methods {
            guard let op = item[method], op.object != nil else { continue }
            let opPointer = JSONPointer.append(pointer, method)
            var params: [SpecParameter] = []
            var body: SpecRequestBody?
            var formProperties: [(String, SpecNode)] = []
            var formRequired: [String] = []
            var seen = Set<String>()
            let own = (op["parameters"]?.array ?? []).enumerated().map { ($0.element, JSONPointer.append(opPointer, "parameters", "\($0.offset)")) }
            let inherited = shared.enumerated().map { ($0.element, JSONPointer.append(pointer, "parameters", "\($0.offset)")) }
            for (raw, paramPointer) in own + inherited {
                let p = resolve(raw)
                guard let name = p["name"]?.string, let location = p["in"]?.string else { continue }
                if !seen.insert("\(location):\(name)").inserted { continue }
                let required = p["required"]?.bool == true
                switch (version, location) {
                case (.swagger2, "body"):
                    let consumes = mediaTypes(op["consumes"] ?? root["consumes"])
                    body = SpecRequestBody(
                        required: required,
                        content: consumes.map { SpecMediaType(name: $0, schema: schema(p["schema"]), pointer: JSONPointer.append(paramPointer, "schema")) },
                        pointer: paramPointer)
                case (.swagger2, "formData"):
                    formProperties.append((name, p))
                    if required { formRequired.append(name) }
                default:
                    let paramSchema: SpecNode? = version == .swagger2 ? p : (p["schema"] ?? p["content"]?.pairs.first?.node["schema"])
                    params.append(SpecParameter(
                        name: name, location: location, required: required || location == "path",
                        deprecated: p["deprecated"]?.bool == true, schema: schema(paramSchema),
                        schemaFromContent: version != .swagger2 && p["schema"] == nil && p["content"] != nil, node: p, pointer: paramPointer))
                }
            }
            if !formProperties.isEmpty {
                var object = SpecObject()
                object.keys = formProperties.map(\.0)
                for (name, node) in formProperties { object.entries[name] = node }
                let formSchema = SpecNode(.object(SpecObject(
                    keys: ["type", "properties", "required"],
                    entries: ["type": SpecNode(.string("object")), "properties": SpecNode(.object(object)),
                              "required": SpecNode(.array(formRequired.map { SpecNode(.string($0)) }))])))
                let consumes = mediaTypes(op["consumes"] ?? root["consumes"], fallback: "application/x-www-form-urlencoded")
                body = SpecRequestBody(required: !formRequired.isEmpty,
                                       content: consumes.map { SpecMediaType(name: $0, schema: schema(formSchema), pointer: JSONPointer.append(opPointer, "parameters")) },
                                       pointer: JSONPointer.append(opPointer, "parameters"))
            }
            if version != .swagger2, let rawBody = op["requestBody"] {
                let b = resolve(rawBody)
                let bodyPointer = JSONPointer.append(opPointer, "requestBody")
                body = SpecRequestBody(required: b["required"]?.bool == true, content: content(b["content"], pointer: JSONPointer.append(bodyPointer, "content")), pointer: bodyPointer)
            }
            var responses: [SpecResponse] = []
            for (status, rawResponse) in op["responses"]?.pairs ?? [] {
                let r = resolve(rawResponse)
                let responsePointer = JSONPointer.append(opPointer, "responses", status)
                let media: [SpecMediaType]
                if version == .swagger2 {
                    media = r["schema"].map { s in mediaTypes(op["produces"] ?? root["produces"]).map { SpecMediaType(name: $0, schema: schema(s), pointer: JSONPointer.append(responsePointer, "schema")) } } ?? []
                } else {
                    media = content(r["content"], pointer: JSONPointer.append(responsePointer, "content"))
                }
                let headers = (r["headers"]?.pairs ?? []).map { name, rawHeader -> SpecHeader in
                    let h = resolve(rawHeader)
                    let headerSchema = version == .swagger2 ? h : (h["schema"] ?? h["content"]?.pairs.first?.node["schema"])
                    return SpecHeader(name: name, required: h["required"]?.bool == true, schema: schema(headerSchema), pointer: JSONPointer.append(responsePointer, "headers", name))
                }
                responses.append(SpecResponse(status: status, headers: headers, content: media, pointer: responsePointer))
            }
            result.append(SpecOperation(
                method: method, path: path, operationId: op["operationId"]?.string,
                tags: op["tags"]?.array?.compactMap(\.string) ?? [], summary: op["summary"]?.string,
                deprecated: op["deprecated"]?.bool == true, parameters: params, requestBody: body,
                responses: responses, security: securityList(op["security"]), node: op, pointer: opPointer, line: op.line))
        }
        return result
    }

    private func content(_ node: SpecNode?, pointer: String) -> [SpecMediaType] {
        (node?.pairs ?? []).map { name, media in
            SpecMediaType(name: name, schema: schema(media["schema"]), pointer: JSONPointer.append(pointer, name, "schema"))
        }
    }

    private func mediaTypes(_ node: SpecNode?, fallback: String = "application/json") -> [String] {
        let list = node?.array?.compactMap(\.string) ?? []
        return list.isEmpty ? [fallback] : list
    }

    private func securityList(_ node: SpecNode?) -> [SecurityRequirement]? {
        guard let list = node?.array else { return nil }
        return list.map { requirement in
            SecurityRequirement(schemes: Dictionary(requirement.pairs.map { ($0.key, $0.node.array?.compactMap(\.string) ?? []) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
