/// Reads GraphQL SDL: object, input and interface types with their fields (`String!` is
/// required, `[Item!]` an array), enums with their values. Fields of `Query`, `Mutation` and
/// `Subscription` become operations (`Query.orders`) returning their type.
struct GraphQLSchemaReader {
    let path: String

    static let scalarKinds: [String: ValueKind] = ["String": .string, "ID": .string, "Int": .integer, "Float": .number, "Boolean": .boolean]
    static let rootTypes: Set<String> = ["Query", "Mutation", "Subscription"]

    func read(_ source: String) -> ContractSchemas {
        let tokens = SchemaTokenizer(hashComments: true).tokens(source)
        var index = 0
        var shapes: [DataShape] = []
        var operations: [ContractSchemas.Operation] = []
        func text(_ i: Int) -> String { i < tokens.count ? tokens[i].text : "" }
        while index < tokens.count {
            let token = tokens[index]
            let keyword = token.text == "extend" ? text(index + 1) : token.text
            let start = token.text == "extend" ? index + 1 : index
            guard ["type", "input", "interface", "enum"].contains(keyword), token.kind == .word, start + 1 < tokens.count else { index += 1; continue }
            let name = text(start + 1)
            var cursor = start + 2
            while cursor < tokens.count && text(cursor) != "{" {
                // `type Order implements Node @key(fields: "id") {`; a new definition ends a body-less one.
                if ["type", "input", "interface", "enum", "scalar", "union", "schema", "directive"].contains(text(cursor)) && tokens[cursor].kind == .word { break }
                cursor += 1
            }
            guard text(cursor) == "{" else { index = cursor; continue }
            cursor += 1
            var fields: [DataField] = []
            var values: [String] = []
            while cursor < tokens.count && text(cursor) != "}" {
                let fieldToken = tokens[cursor]
                if fieldToken.kind == .string { cursor += 1; continue }  // description
                if fieldToken.text == "@" { cursor = skipDirective(tokens, cursor); continue }
                guard fieldToken.kind == .word else { cursor += 1; continue }
                if keyword == "enum" {
                    values.append(fieldToken.text)
                    cursor += 1
                    continue
                }
                cursor += 1
                if text(cursor) == "(" { cursor = skipBalanced(tokens, cursor, open: "(", close: ")") }
                guard text(cursor) == ":" else { continue }
                cursor += 1
                let (type, next) = readType(tokens, cursor)
                cursor = next
                if text(cursor) == "=" { cursor += 2 }
                fields.append(field(fieldToken, type))
            }
            index = cursor + 1
            let location = Evidence(path: path, line: token.line, snippet: "\(keyword) \(name)")
            if keyword == "enum" {
                shapes.append(DataShape(name: name, kind: .enumeration, values: values, location: location))
            } else if Self.rootTypes.contains(name) {
                for f in fields {
                    operations.append(ContractSchemas.Operation(label: "\(name).\(f.name)", response: f.reference, location: f.location))
                }
            } else {
                shapes.append(DataShape(name: name, fields: fields, location: location))
            }
        }
        let enums = Dictionary(shapes.filter { $0.kind == .enumeration }.map { ($0.name, $0.values) }, uniquingKeysWith: { a, _ in a })
        for s in shapes.indices {
            for f in shapes[s].fields.indices {
                guard let reference = shapes[s].fields[f].reference, let values = enums[reference] else { continue }
                shapes[s].fields[f].enumValues = values
                if shapes[s].fields[f].kind == .object { shapes[s].fields[f].kind = .string }
            }
        }
        return ContractSchemas(path: path, format: .graphql, identity: "graphql \(CatalogNames.baseName(path))", shapes: shapes, operations: operations)
    }

    /// `[Item!]!` from `start`: the text, and the index after it.
    private func readType(_ tokens: [SchemaTokenizer.Token], _ start: Int) -> (String, Int) {
        var cursor = start
        guard cursor < tokens.count else { return ("", cursor) }
        var text: String
        if tokens[cursor].text == "[" {
            let (inner, next) = readType(tokens, cursor + 1)
            cursor = next
            if cursor < tokens.count && tokens[cursor].text == "]" { cursor += 1 }
            text = "[\(inner)]"
        } else {
            text = tokens[cursor].text
            cursor += 1
        }
        if cursor < tokens.count && tokens[cursor].text == "!" { text += "!"; cursor += 1 }
        return (text, cursor)
    }

    private func field(_ token: SchemaTokenizer.Token, _ type: String) -> DataField {
        let required = type.hasSuffix("!")
        let bare = type.filter { $0 != "!" }
        let isList = bare.hasPrefix("[")
        let inner = bare.filter { $0 != "[" && $0 != "]" }
        let scalar = Self.scalarKinds[inner]
        return DataField(name: token.text, type: type, kind: isList ? .array : scalar ?? .object, required: required,
                         format: inner == "ID" ? "id" : nil, reference: scalar == nil ? inner : nil,
                         location: Evidence(path: path, line: token.line, snippet: "\(token.text): \(type)"))
    }

    private func skipBalanced(_ tokens: [SchemaTokenizer.Token], _ start: Int, open: String, close: String) -> Int {
        var depth = 0
        var cursor = start
        while cursor < tokens.count {
            if tokens[cursor].text == open { depth += 1 }
            if tokens[cursor].text == close { depth -= 1; if depth == 0 { return cursor + 1 } }
            cursor += 1
        }
        return cursor
    }

    private func skipDirective(_ tokens: [SchemaTokenizer.Token], _ start: Int) -> Int {
        var cursor = start + 2
        if cursor < tokens.count && tokens[cursor].text == "(" { cursor = skipBalanced(tokens, cursor, open: "(", close: ")") }
        return cursor
    }
}
