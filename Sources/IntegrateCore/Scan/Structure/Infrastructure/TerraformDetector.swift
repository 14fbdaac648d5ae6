import Foundation

/// Terraform (`*.tf`): `aws_lambda_function` (and the Google/Azure function types) become
/// components joined to the code folder their `source_dir` (directly or through an
/// `archive_file`) names, else to the module's folder; tables, buckets, queues, topics, event
/// buses and APIs become resources; `environment { variables = { K = aws_x.y.name } }` binds the
/// function to the resource; event-source mappings, SNS subscriptions, EventBridge targets, S3
/// notifications and API Gateway v2 integrations become edges into the function.
///
/// HCL is read block by block with brace matching (strings and comments skipped), which is
/// enough for resource blocks and their references; expressions are not evaluated.
struct TerraformDetector {
    struct Block {
        var kind: String   // resource, data, module
        var type: String
        var name: String
        var body: String
        var line: Int
        var path: String
        var address: String { kind == "data" ? "data.\(type).\(name)" : "\(type).\(name)" }
    }

    func apply(files: ProjectFiles, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]) {
        var blocks: [Block] = []
        for file in files.files where file.path.hasSuffix(".tf") {
            guard let text = files.text(file, diagnostics: &diagnostics) else { continue }
            blocks += Self.blocks(text, path: file.path)
        }
        guard !blocks.isEmpty else { return }
        var nodes: [String: String] = [:]
        for block in blocks where block.kind == "resource" {
            guard let type = CloudResourceType.terraform[block.type] else { continue }
            let evidence = Evidence(path: block.path, line: block.line, snippet: "resource \"\(block.type)\" \"\(block.name)\"")
            switch type.role {
            case .function:
                let folder = codeFolder(block, blocks: blocks, topology: topology) ?? ProjectFiles.folder(block.path)
                let component = topology.component(owning: folder, name: Self.literal("function_name", in: block.body) ?? block.name,
                                                   evidence: evidence)
                topology.addHostname(Self.literal("function_name", in: block.body) ?? block.name, to: component)
                nodes[block.address] = component
            case .resource:
                var system = type.system
                if system == "postgresql", let engine = Self.literal("engine", in: block.body) { system = CloudResourceType.databaseSystem(engine: engine) }
                let name = type.nameProperties.lazy.compactMap { Self.literal($0, in: block.body) }.first ?? block.name
                nodes[block.address] = topology.addResource(Resource(
                    id: "\(system):\(name)", kind: type.kind, system: system, name: name,
                    host: StructuralFactsBuilder.identifier(name), evidence: [evidence]))
            }
        }
        for block in blocks where block.kind == "resource" {
            link(block, blocks: blocks, nodes: nodes, topology: &topology)
        }
    }

    private func codeFolder(_ function: Block, blocks: [Block], topology: DeclaredTopology) -> String? {
        var candidates: [String] = []
        if let source = Self.literal("source_dir", in: function.body) { candidates.append(source) }
        for reference in Self.references(in: Self.value("filename", in: function.body) ?? "") {
            if let archive = blocks.first(where: { $0.address == reference }), let source = Self.literal("source_dir", in: archive.body) {
                candidates.append(source)
            }
        }
        let module = ProjectFiles.folder(function.path)
        for candidate in candidates {
            let relative = candidate.replacingOccurrences(of: "${path.module}/", with: "").replacingOccurrences(of: "${path.module}", with: ".")
            let folder = ProjectFiles.join(module, relative)
            if topology.hasFiles(in: folder) { return folder }
        }
        return nil
    }

    private func link(_ block: Block, blocks: [Block], nodes: [String: String], topology: inout DeclaredTopology) {
        let evidence = Evidence(path: block.path, line: block.line, snippet: "resource \"\(block.type)\" \"\(block.name)\"")
        func node(_ attribute: String, in body: String? = nil) -> String? {
            Self.references(in: Self.value(attribute, in: body ?? block.body) ?? "").lazy.compactMap { nodes[$0] }.first
        }
        switch block.type {
        case let type where CloudResourceType.terraform[type]?.role == .function:
            guard let component = nodes[block.address] else { return }
            let variables = Self.section("variables", in: Self.section("environment", in: block.body) ?? "") ?? ""
            for match in TargetExpression.matchRanges(#"(?m)^\s*"?([A-Za-z_][A-Za-z0-9_]*)"?\s*=\s*([^\n]+)"#, in: variables) {
                let key = match.groups[1], value = match.groups[2]
                guard let target = Self.references(in: value).lazy.compactMap({ nodes[$0] }).first, target != component else { continue }
                let line = block.line + Self.lineOffset(of: match.groups[0], in: block.body)
                topology.addEndpoint(key: key, value: CloudFormationDetector.endpoint(of: target, topology: topology), component: component,
                                     evidence: Evidence(path: block.path, line: line, snippet: "\(key) = \(value.trimmingCharacters(in: .whitespaces))"))
            }
        case "aws_lambda_event_source_mapping":
            if let source = node("event_source_arn"), let function = node("function_name") { trigger(source, function, evidence, &topology) }
        case "aws_sns_topic_subscription":
            if let source = node("topic_arn"), let function = node("endpoint") { trigger(source, function, evidence, &topology) }
        case "aws_cloudwatch_event_target":
            guard let function = node("arn") else { return }
            let rule = Self.references(in: Self.value("rule", in: block.body) ?? "").lazy.compactMap { reference in blocks.first { $0.address == reference } }.first
            let bus = rule.flatMap { node("event_bus_name", in: $0.body) }
                ?? topology.addResource(Resource(id: "aws.eventbridge:default", kind: .broker, system: "aws.eventbridge", name: "default",
                                                 host: "default-event-bus", evidence: [evidence]))
            trigger(bus, function, evidence, &topology)
        case "aws_s3_bucket_notification":
            guard let bucket = node("bucket") else { return }
            for function in Self.references(in: block.body).compactMap({ nodes[$0] }) where !topology.isResource(function) {
                trigger(bucket, function, evidence, &topology)
            }
        case "aws_apigatewayv2_integration", "aws_api_gateway_integration":
            if let api = node(block.type == "aws_apigatewayv2_integration" ? "api_id" : "rest_api_id"), let function = node(block.type == "aws_apigatewayv2_integration" ? "integration_uri" : "uri") {
                trigger(api, function, evidence, &topology)
            }
        default:
            break
        }
    }

    private func trigger(_ source: String, _ component: String, _ evidence: Evidence, _ topology: inout DeclaredTopology) {
        guard let resource = topology.facts.resources.first(where: { $0.id == source }) else { return }
        let type = CloudResourceType(role: .resource, system: resource.system, kind: resource.kind, nameProperties: [])
        let mode: IntegrationPoint.Mode = type.isAsync || ["aws.s3", "dynamodb"].contains(resource.system) ? .async : .sync
        topology.addEdge(Edge(from: source, to: component, protocol: type.protocol, mode: mode, strength: .config, evidence: [evidence]))
    }

    // MARK: HCL reading

    /// Top-level `resource "type" "name" { … }`, `data …` blocks of a file.
    static func blocks(_ text: String, path: String) -> [Block] {
        let units = Array(text.utf8)
        var blocks: [Block] = []
        for match in TargetExpression.matchRanges(#"(?m)^(resource|data)\s+"([^"]+)"\s+"([^"]+)"\s*\{"#, in: text) {
            let open = match.offset + match.groups[0].utf8.count
            guard let close = closingBrace(units, from: open) else { continue }
            let body = String(decoding: units[open..<close], as: UTF8.self)
            let line = units[..<match.offset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            blocks.append(Block(kind: match.groups[1], type: match.groups[2], name: match.groups[3], body: body, line: line, path: path))
        }
        return blocks
    }

    /// Offset of the `}` that closes the block opened just before `start`.
    private static func closingBrace(_ units: [UInt8], from start: Int) -> Int? {
        var depth = 1
        var index = start
        var inString = false
        while index < units.count {
            let unit = units[index]
            if inString {
                if unit == UInt8(ascii: "\\") { index += 1 } else if unit == UInt8(ascii: "\"") { inString = false }
            } else if unit == UInt8(ascii: "\"") {
                inString = true
            } else if unit == UInt8(ascii: "#") || (unit == UInt8(ascii: "/") && index + 1 < units.count && units[index + 1] == UInt8(ascii: "/")) {
                while index < units.count, units[index] != UInt8(ascii: "\n") { index += 1 }
            } else if unit == UInt8(ascii: "{") {
                depth += 1
            } else if unit == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// The raw value of `attribute = …` on its line.
    static func value(_ attribute: String, in body: String) -> String? {
        TargetExpression.matches(#"(?m)^\s*"# + attribute + #"\s*=\s*([^\n]+)"#, in: body).first?[1]
    }

    /// A string literal value without interpolation.
    static func literal(_ attribute: String, in body: String) -> String? {
        guard let value = value(attribute, in: body)?.trimmingCharacters(in: .whitespaces),
              let text = TargetExpression.matches(#"^"([^"]*)"\s*(?:#.*|//.*)?$"#, in: value).first?[1] else { return nil }
        return text.contains("${") && !text.contains("${path.module}") ? nil : text
    }

    /// The body of a nested `name { … }` or `name = { … }` section.
    static func section(_ name: String, in body: String) -> String? {
        let units = Array(body.utf8)
        guard let match = TargetExpression.matchRanges(#"(?m)^\s*"# + name + #"\s*=?\s*\{"#, in: body).first else { return nil }
        let open = match.offset + match.groups[0].utf8.count
        guard let close = closingBrace(units, from: open) else { return nil }
        return String(decoding: units[open..<close], as: UTF8.self)
    }

    /// Resource addresses an expression refers to (`aws_sqs_queue.jobs.arn` -> `aws_sqs_queue.jobs`).
    static func references(in expression: String) -> [String] {
        TargetExpression.matches(#"\b((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][A-Za-z0-9_\-]*)(?:\[[^\]]*\])?\.[a-z_]+"#, in: expression).map { $0[1] }
    }

    private static func lineOffset(of fragment: String, in body: String) -> Int {
        guard let range = body.range(of: fragment.trimmingCharacters(in: .whitespacesAndNewlines)) else { return 0 }
        return body[..<range.lowerBound].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
}
