import Foundation

/// Puts the shapes of a non-OpenAPI contract (proto messages, AsyncAPI payloads, Avro records,
/// JSON Schema files) into an OpenAPI document, so two copies are compared by the contracts
/// diff engine with its checks and levels, not by a second differ.
///
/// Each shape becomes a pseudo-operation on `/<Shape>`: `post` with the shape as request body
/// when it flows to the provider (an rpc input), `get` with the shape as `200` response when it
/// flows from the provider (an rpc output, a message). Field nodes keep their source lines, so
/// every change points back at the `.proto`/`.avsc`/`.json` line.
struct ShapeDocumentBuilder {
    /// Shapes sent to the provider (rpc inputs); every other shape flows from the provider.
    let requestShapes: Set<String>

    func document(_ contract: ContractSchemas, only names: Set<String>? = nil) throws -> OpenAPIDocument {
        var schemas = SpecObject()
        for shape in contract.shapes {
            schemas.keys.append(shape.name)
            schemas.entries[shape.name] = node(shape, in: contract)
        }
        var paths = SpecObject()
        for shape in contract.shapes where names?.contains(shape.name) ?? true {
            let ref = SpecNode(.object(object(["$ref": SpecNode(.string("#/components/schemas/" + JSONPointer.escape(shape.name)))])), line: shape.location.line)
            let json = SpecNode(.object(object(["application/json": SpecNode(.object(object(["schema": ref])), line: shape.location.line)])))
            let operation: SpecObject
            if requestShapes.contains(shape.name) {
                operation = object(["requestBody": SpecNode(.object(object(["required": SpecNode(.bool(true)), "content": json])))
                                   , "responses": SpecNode(.object(object(["200": SpecNode(.object(object(["description": SpecNode(.string("ok"))])))])))])
                paths.keys.append("/" + shape.name)
                paths.entries["/" + shape.name] = SpecNode(.object(object(["post": SpecNode(.object(operation), line: shape.location.line)])))
            } else {
                operation = object(["responses": SpecNode(.object(object(["200": SpecNode(.object(object(["description": SpecNode(.string("ok")), "content": json])))])))])
                paths.keys.append("/" + shape.name)
                paths.entries["/" + shape.name] = SpecNode(.object(object(["get": SpecNode(.object(operation), line: shape.location.line)])))
            }
        }
        let root = SpecNode(.object(object([
            "openapi": SpecNode(.string("3.1.0")),
            "info": SpecNode(.object(object(["title": SpecNode(.string(contract.title ?? contract.path)), "version": SpecNode(.string(contract.version ?? "0"))]))),
            "paths": SpecNode(.object(paths)),
            "components": SpecNode(.object(object(["schemas": SpecNode(.object(schemas))]))),
        ])), line: 1)
        let resolver = RefResolver(rootFile: contract.path, documents: [contract.path: root])
        return try OpenAPIDocumentBuilder(root: root, file: contract.path, displayName: contract.path, resolver: resolver).build()
    }

    private func object(_ pairs: KeyValuePairs<String, SpecNode>) -> SpecObject {
        var result = SpecObject()
        for (key, value) in pairs {
            result.keys.append(key)
            result.entries[key] = value
        }
        return result
    }

    /// The JSON Schema of one shape.
    func node(_ shape: DataShape, in contract: ContractSchemas) -> SpecNode {
        let line = shape.location.line
        switch shape.kind {
        case .enumeration:
            return SpecNode(.object(object(["type": SpecNode(.string("string")), "enum": SpecNode(.array(shape.values.map { SpecNode(.string($0), line: line) }))])), line: line)
        case .list:
            return SpecNode(.object(object(["type": SpecNode(.string("array")), "items": reference(shape.itemType, kind: .any, in: contract, line: line)])), line: line)
        case .object:
            var properties = SpecObject()
            for field in shape.fields {
                properties.keys.append(field.name)
                properties.entries[field.name] = node(field, in: contract)
            }
            let required = shape.fields.filter(\.required).map { SpecNode(.string($0.name)) }
            var result = object(["type": SpecNode(.string("object")), "properties": SpecNode(.object(properties), line: line)])
            if !required.isEmpty {
                result.keys.append("required")
                result.entries["required"] = SpecNode(.array(required))
            }
            return SpecNode(.object(result), line: line)
        }
    }

    private func node(_ field: DataField, in contract: ContractSchemas) -> SpecNode {
        let line = field.location.line
        var result: SpecObject
        if field.kind == .array {
            result = object(["type": SpecNode(.string("array")), "items": reference(field.reference, kind: .any, in: contract, line: line, field: field)])
        } else if let target = field.reference, contract.shape(target) != nil, field.enumValues.isEmpty {
            return SpecNode(.object(object(["$ref": SpecNode(.string("#/components/schemas/" + JSONPointer.escape(target)))])), line: line)
        } else {
            result = field.kind == .any ? SpecObject() : object(["type": SpecNode(.string(field.kind.rawValue))])
            if !field.enumValues.isEmpty {
                result.keys.append("enum")
                result.entries["enum"] = SpecNode(.array(field.enumValues.map { SpecNode(.string($0)) }))
            }
        }
        if let format = field.format {
            result.keys.append("format")
            result.entries["format"] = SpecNode(.string(format))
        }
        return SpecNode(.object(result), line: line)
    }

    /// `$ref` to a shape of the contract, or a plain typed schema.
    private func reference(_ name: String?, kind: ValueKind, in contract: ContractSchemas, line: Int, field: DataField? = nil) -> SpecNode {
        if let name, contract.shape(name) != nil {
            return SpecNode(.object(object(["$ref": SpecNode(.string("#/components/schemas/" + JSONPointer.escape(name)))])), line: line)
        }
        let itemKind = field.map { Self.itemKind($0.type) } ?? kind
        return SpecNode(.object(itemKind == .any ? SpecObject() : object(["type": SpecNode(.string(itemKind.rawValue))])), line: line)
    }

    /// The kind of the items of a list typed `repeated int32`, `[string]`, `[Int]`.
    static func itemKind(_ type: String) -> ValueKind {
        let inner = type.replacingOccurrences(of: "repeated ", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "[]!?"))
        if let kind = ProtoSchemaReader.scalarKinds[inner] ?? GraphQLSchemaReader.scalarKinds[inner] ?? AvroSchemaReader.primitives[inner] { return kind }
        return ValueKind(rawValue: inner) ?? .any
    }
}
