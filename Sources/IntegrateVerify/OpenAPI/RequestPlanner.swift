import IntegrateCore

/// Plans the requests for one operation: a conforming request first (every parameter and body
/// property with a valid value), then one request per way the spec can be broken, each breaking
/// exactly one thing (a parameter of the wrong type, a missing required one, a body property out
/// of range). Deterministic: the same spec gives the same plan.
public struct RequestPlanner: Sendable {
    /// Why an operation gets no request at all.
    public struct Skip: Error, Sendable, Hashable { public var reason: String }

    public var extraHeaders: [VerifyHeader]

    public init(extraHeaders: [VerifyHeader] = []) { self.extraHeaders = extraHeaders }

    public func plan(_ operation: SpecOperation) -> Result<[VerifyCase], Skip> {
        let id = VerifyOperationID(method: operation.method, pathTemplate: operation.path)
        let sampler = SchemaSampler(direction: .request)
        var parameters: [VerifyCase.Parameter] = []
        var schemas: [Schema?] = []
        // Header names the person set (`--header`): the spec's own values for them are not planned.
        let overridden = Set(extraHeaders.map { $0.name.lowercased() })
        for parameter in operation.parameters where !(parameter.location == "header" && overridden.contains(parameter.name.lowercased())) {
            if parameter.location == "header", ["accept", "content-type", "authorization"].contains(parameter.name.lowercased()) { continue }
            let example = parameter.node["example"] ?? parameter.node["examples"]?.pairs.first?.node["value"]
            guard let value = example ?? parameter.schema.flatMap(sampler.valid) else {
                if parameter.required { return .failure(Skip(reason: "no valid value for required \(parameter.location) parameter `\(parameter.name)`")) }
                continue
            }
            parameters.append(VerifyCase.Parameter(name: parameter.name, location: parameter.location, value: value, required: parameter.required))
            schemas.append(parameter.schema)
        }
        var body: SpecNode?
        var mediaType: String?
        var bodySchema: Schema?
        if let requestBody = operation.requestBody {
            // JSON first, then a URL-encoded form, then a multipart form.
            let media = requestBody.content.first { VerifyCase.isJSON($0.name) } ?? requestBody.content.first { VerifyCase.isForm($0.name) }
                ?? requestBody.content.first { VerifyCase.isMultipart($0.name) }
            if let media {
                let example = media.schema.flatMap { $0.node["example"] }
                if let value = example ?? media.schema.flatMap(sampler.valid) ?? (media.schema == nil ? SpecNode(.object(SpecObject())) : nil) {
                    body = value
                    mediaType = media.name == "*/*" ? "application/json" : media.name
                    bodySchema = media.schema
                } else if requestBody.required {
                    return .failure(Skip(reason: "no valid value for the required request body (\(media.name))"))
                }
            } else if requestBody.required {
                return .failure(Skip(reason: "request body only as \(requestBody.content.map(\.name).joined(separator: ", ")), which verify does not generate"))
            }
        }
        let conforming = VerifyCase(operation: id, expectation: .conforming, broken: nil, parameters: parameters, body: body, mediaType: mediaType, extraHeaders: extraHeaders)
        var cases = [conforming]
        // Further conforming requests: each other enum value of a parameter or body property.
        for (index, schema) in schemas.enumerated() {
            for value in Self.otherEnumValues(schema, besides: parameters[index].value) {
                var copy = conforming
                copy.parameters[index].value = value
                cases.append(copy)
            }
        }
        if let bodySchema, let object = body?.object {
            for (name, property) in bodySchema.properties where object.entries[name] != nil {
                for value in Self.otherEnumValues(property, besides: object.entries[name]) {
                    var changed = object
                    changed.entries[name] = value
                    var copy = conforming
                    copy.body = SpecNode(.object(changed))
                    cases.append(copy)
                }
            }
        }
        for (index, parameter) in parameters.enumerated() {
            if parameter.required, parameter.location != "path" {
                var copy = conforming
                copy.parameters.remove(at: index)
                copy.expectation = .mustReject("required \(parameter.location) parameter `\(parameter.name)` missing")
                copy.broken = .parameter(location: parameter.location, name: parameter.name)
                cases.append(copy)
            }
            guard let schema = schemas[index] else { continue }
            for invalid in sampler.invalid(schema) {
                // A path parameter of the wrong type may legitimately route to 404; still a 4xx.
                var copy = conforming
                copy.parameters[index].value = invalid.value
                copy.expectation = .mustReject("\(parameter.location) parameter `\(parameter.name)`: \(invalid.reason)")
                copy.broken = .parameter(location: parameter.location, name: parameter.name)
                cases.append(copy)
            }
        }
        if let bodySchema, body != nil {
            for invalid in sampler.invalid(bodySchema) {
                var copy = conforming
                copy.body = invalid.value
                copy.expectation = .mustReject("request body: \(invalid.reason)")
                copy.broken = .body
                cases.append(copy)
            }
            for (name, property) in bodySchema.properties where body?.object?.entries[name] != nil {
                for invalid in sampler.invalid(property) where !invalid.reason.hasPrefix("required property") {
                    var object = body?.object ?? SpecObject()
                    object.entries[name] = invalid.value
                    var copy = conforming
                    copy.body = SpecNode(.object(object))
                    copy.expectation = .mustReject("body property `\(name)`: \(invalid.reason)")
                    copy.broken = .body
                    cases.append(copy)
                }
            }
        }
        return .success(cases)
    }

    /// Up to four enum values other than the one already planned.
    static func otherEnumValues(_ schema: Schema?, besides planned: SpecNode?) -> [SpecNode] {
        guard let values = schema?.enumValues else { return [] }
        return Array(values.filter { value in planned.map { !$0.sameValue(as: value) } ?? true }.prefix(4))
    }
}
