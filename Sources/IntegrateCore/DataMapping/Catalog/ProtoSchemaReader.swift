/// Reads a `.proto` file: its package, messages (nested ones as `Outer.Inner`), enums and
/// services. Each rpc becomes an operation (`Inventory.Reserve`) from its input to its output
/// message. Fields keep the proto name; `repeated` is an array, `map<K,V>` an object, and only
/// proto2 `required` fields are required (proto3 fields may always be absent on the wire).
struct ProtoSchemaReader {
    let path: String

    static let scalarKinds: [String: ValueKind] = [
        "double": .number, "float": .number, "int32": .integer, "int64": .integer, "uint32": .integer, "uint64": .integer,
        "sint32": .integer, "sint64": .integer, "fixed32": .integer, "fixed64": .integer, "sfixed32": .integer, "sfixed64": .integer,
        "bool": .boolean, "string": .string, "bytes": .string,
    ]
    /// Well-known types by their JSON mapping.
    static let wellKnown: [String: (ValueKind, String?)] = [
        "google.protobuf.Timestamp": (.string, "date-time"), "google.protobuf.Duration": (.string, "duration"),
        "google.protobuf.StringValue": (.string, nil), "google.protobuf.Int32Value": (.integer, nil), "google.protobuf.Int64Value": (.integer, nil),
        "google.protobuf.BoolValue": (.boolean, nil), "google.protobuf.DoubleValue": (.number, nil), "google.protobuf.Struct": (.object, nil),
        "google.protobuf.Any": (.object, nil), "google.protobuf.Empty": (.object, nil),
    ]

    func read(_ text: String) -> ContractSchemas {
        var parser = Parser(tokens: SchemaTokenizer().tokens(text), path: path)
        parser.parseFile()
        var shapes = parser.shapes
        let enums = Dictionary(shapes.filter { $0.kind == .enumeration }.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        // A field typed by an enum of the file carries its values, as a string on the JSON wire.
        for index in shapes.indices where shapes[index].kind == .object {
            for f in shapes[index].fields.indices {
                guard let reference = shapes[index].fields[f].reference, let target = Self.lookup(reference, scope: shapes[index].name, in: enums) else { continue }
                shapes[index].fields[f].enumValues = target.values
                if shapes[index].fields[f].kind == .object { shapes[index].fields[f].kind = .string }
                shapes[index].fields[f].reference = target.name
            }
        }
        let package = parser.package
        let title = parser.services.first.map { package.map { "\($0).\(parser.services[0])" } ?? $0 } ?? package
        let identity = package.map { "proto \($0)" } ?? "proto \(CatalogNames.baseName(path))"
        return ContractSchemas(path: path, format: .proto, identity: identity, title: title, shapes: shapes, operations: parser.operations)
    }

    /// Resolves a type name the way protoc does for the common cases: nested in the scope, then
    /// at the top (a leading package prefix is dropped).
    static func lookup(_ name: String, scope: String, in shapes: [String: DataShape]) -> DataShape? {
        var parts = scope.split(separator: ".").map(String.init)
        while true {
            let candidate = (parts + [name]).joined(separator: ".")
            if let hit = shapes[candidate] { return hit }
            if parts.isEmpty { break }
            parts.removeLast()
        }
        if let last = name.split(separator: ".").last, let hit = shapes[String(last)] { return hit }
        return nil
    }

    struct Parser {
        let tokens: [SchemaTokenizer.Token]
        let path: String
        var index = 0
        var package: String?
        var syntax = "proto2"
        var shapes: [DataShape] = []
        var operations: [ContractSchemas.Operation] = []
        var services: [String] = []

        init(tokens: [SchemaTokenizer.Token], path: String) {
            self.tokens = tokens
            self.path = path
        }

        var current: SchemaTokenizer.Token? { index < tokens.count ? tokens[index] : nil }
        func peek(_ offset: Int = 0) -> String { index + offset < tokens.count ? tokens[index + offset].text : "" }
        mutating func next() -> SchemaTokenizer.Token? {
            defer { index += 1 }
            return current
        }

        func evidence(_ line: Int, _ snippet: String) -> Evidence { Evidence(path: path, line: line, snippet: snippet) }

        /// Skips to the end of the statement (`;`) or over a balanced `{ }` block, whichever comes first.
        mutating func skipStatement() {
            var depth = 0
            while let token = next() {
                if token.text == "{" { depth += 1 }
                if token.text == "}" { depth -= 1; if depth <= 0 { return } }
                if token.text == ";" && depth == 0 { return }
            }
        }

        mutating func parseFile() {
            while let token = current {
                switch token.text {
                case "syntax", "edition":
                    _ = next(); _ = next()
                    if let value = next(), value.kind == .string { syntax = value.text }
                    skipStatement()
                case "package":
                    _ = next()
                    package = next()?.text
                    skipStatement()
                case "message": parseMessage(scope: nil)
                case "enum": parseEnum(scope: nil)
                case "service": parseService()
                default: skipStatement()
                }
            }
        }

        mutating func parseMessage(scope: String?) {
            guard let keyword = next(), let nameToken = next() else { return }
            let name = scope.map { "\($0).\(nameToken.text)" } ?? nameToken.text
            guard peek() == "{" else { skipStatement(); return }
            _ = next()
            var fields: [DataField] = []
            parseBody(message: name, into: &fields, optionalGroup: false)
            shapes.append(DataShape(name: name, fields: fields, location: evidence(keyword.line, "message \(nameToken.text)")))
        }

        /// Fields until the closing `}` of the current block; `oneof` members are optional.
        mutating func parseBody(message: String, into fields: inout [DataField], optionalGroup: Bool) {
            while let token = current {
                if token.text == "}" { _ = next(); return }
                switch token.text {
                case "message": parseMessage(scope: message)
                case "enum": parseEnum(scope: message)
                case "oneof":
                    _ = next(); _ = next()
                    if peek() == "{" { _ = next(); parseBody(message: message, into: &fields, optionalGroup: true) }
                case "option", "reserved", "extensions", "extend", "group": skipStatement()
                case ";": _ = next()
                default:
                    if let field = parseField(optionalGroup: optionalGroup) { fields.append(field) }
                }
            }
        }

        mutating func parseField(optionalGroup: Bool) -> DataField? {
            guard let first = current else { return nil }
            var label: String?
            if ["repeated", "optional", "required"].contains(first.text) { label = next()?.text }
            guard let typeToken = next() else { return nil }
            var typeText = typeToken.text
            var kind: ValueKind
            var reference: String?
            var format: String?
            if typeText == "map" && peek() == "<" {
                _ = next()
                let key = next()?.text ?? ""
                _ = next()  // ,
                let value = next()?.text ?? ""
                _ = next()  // >
                typeText = "map<\(key), \(value)>"
                kind = .object
                if ProtoSchemaReader.scalarKinds[value] == nil { reference = value }
            } else if let scalar = ProtoSchemaReader.scalarKinds[typeText] {
                kind = scalar
                format = ["string", "bool", "double", "float"].contains(typeText) ? nil : typeText == "bytes" ? "byte" : typeText
            } else if let known = ProtoSchemaReader.wellKnown[typeText] {
                kind = known.0
                format = known.1
            } else {
                kind = .object
                reference = typeText.hasPrefix(".") ? String(typeText.dropFirst()) : typeText
            }
            guard let nameToken = next(), nameToken.kind == .word else { skipStatement(); return nil }
            var defaultValue: String?
            // `= 3 [default = x, json_name = "y"];`
            var jsonName: String?
            while let token = current, token.text != ";" && token.text != "}" {
                if token.text == "default", peek(1) == "=" { defaultValue = tokens.indices.contains(index + 2) ? tokens[index + 2].text : nil }
                if token.text == "json_name", peek(1) == "=" { jsonName = tokens.indices.contains(index + 2) ? tokens[index + 2].text : nil }
                _ = next()
            }
            if peek() == ";" { _ = next() }
            _ = jsonName
            let repeated = label == "repeated"
            return DataField(
                name: nameToken.text, type: repeated ? "repeated \(typeText)" : typeText, kind: repeated ? .array : kind,
                required: label == "required" && !optionalGroup, format: format, defaultValue: defaultValue, reference: reference,
                location: evidence(typeToken.line, "\(label.map { $0 + " " } ?? "")\(typeText) \(nameToken.text)"))
        }

        mutating func parseEnum(scope: String?) {
            guard let keyword = next(), let nameToken = next() else { return }
            let name = scope.map { "\($0).\(nameToken.text)" } ?? nameToken.text
            guard peek() == "{" else { skipStatement(); return }
            _ = next()
            var values: [String] = []
            while let token = current {
                if token.text == "}" { _ = next(); break }
                if token.text == "option" || token.text == "reserved" { skipStatement(); continue }
                if token.kind == .word, peek(1) == "=" { values.append(token.text) }
                skipStatement()
            }
            shapes.append(DataShape(name: name, kind: .enumeration, values: values, location: evidence(keyword.line, "enum \(nameToken.text)")))
        }

        mutating func parseService() {
            guard next() != nil, let nameToken = next() else { return }
            services.append(nameToken.text)
            guard peek() == "{" else { skipStatement(); return }
            _ = next()
            while let token = current {
                if token.text == "}" { _ = next(); return }
                guard token.text == "rpc" else { skipStatement(); continue }
                _ = next()
                let method = next()?.text ?? ""
                let input = parseMessageType()
                if peek() == "returns" { _ = next() }
                let output = parseMessageType()
                operations.append(ContractSchemas.Operation(
                    label: "\(nameToken.text).\(method)", request: input, response: output,
                    location: evidence(token.line, "rpc \(method)")))
                if peek() == "{" { skipStatement() } else if peek() == ";" { _ = next() }
            }
        }

        /// `( [stream] Name )` -> `Name`.
        mutating func parseMessageType() -> String? {
            guard peek() == "(" else { return nil }
            _ = next()
            if peek() == "stream" { _ = next() }
            let name = next()?.text
            if peek() == ")" { _ = next() }
            return name.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
        }
    }
}
