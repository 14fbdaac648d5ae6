import Foundation
import Yams

/// CloudFormation and SAM templates (YAML with `!Ref`/`!GetAtt`/`!Sub` tags, or JSON): functions
/// become components (joined to the component that owns their `CodeUri` folder, else the
/// template's), tables, buckets, queues, topics, event buses, APIs and user pools become
/// resources, `Events:` and event-source mappings become edges into the function (asynchronous
/// for streams, queues, topics, buses and buckets), and an environment variable whose value
/// refers to a resource (`TABLE_NAME: !Ref Table`) becomes an endpoint setting of the function, so
/// the code that reads it resolves to that resource.
///
/// Stacks meet through SSM parameters: a parameter whose value (its `Default`, or a value for it
/// in a YAML/JSON file beside the template) is an SSM path that another template's
/// `AWS::SSM::Parameter` writes refers to what that parameter holds.
struct CloudFormationDetector {
    func apply(files: ProjectFiles, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]) {
        var templates: [CloudFormationTemplate] = []
        for file in files.files where Self.isCandidate(file.path) {
            guard let text = files.text(file, diagnostics: &diagnostics), Self.mayBeTemplate(text) else { continue }
            for document in YAMLDocuments.parse(text, path: file.path, diagnostics: &diagnostics) {
                if let template = CloudFormationTemplate(document: document, path: file.path) { templates.append(template) }
            }
        }
        guard !templates.isEmpty else { return }
        var declaring: [String: Int] = [:]
        for template in templates {
            for id in Set(template.resources.map(\.logicalID) + ["ServerlessRestApi", "ServerlessHttpApi"]) { declaring[id, default: 0] += 1 }
        }
        let shared = Set(declaring.filter { $0.value > 1 }.keys)
        for index in templates.indices { templates[index].shared = shared }
        var nodes: [String: String] = [:]  // "<path>#<logical id>" -> node id
        for template in templates { declareNodes(template, nodes: &nodes, topology: &topology) }
        var parameterPaths: [String: String] = [:]  // normalised SSM path -> node id
        for template in templates {
            for resource in template.resources where resource.type == "AWS::SSM::Parameter" {
                guard let name = resource.properties?.value("Name"), let text = name.scalar?.string,
                      let path = CloudFormationIntrinsics.parameterPath(text), let value = resource.properties?.value("Value") else { continue }
                if let node = CloudFormationIntrinsics.references(value).lazy.compactMap({ nodes[template.key($0)] }).first {
                    parameterPaths[path] = node
                }
            }
        }
        let written = CDKParameterWriters().paths(files: files, components: topology.facts.components, diagnostics: &diagnostics)
        for (path, node) in written where parameterPaths[path] == nil { parameterPaths[path] = node }
        for template in templates {
            let values = parameterValues(template, files: files, diagnostics: &diagnostics)
            for (parameter, value) in values {
                if let path = CloudFormationIntrinsics.parameterPath(value), let node = parameterPaths[path] {
                    nodes[template.key(parameter)] = node
                }
            }
            link(template, nodes: nodes, topology: &topology)
        }
    }

    static func isCandidate(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") || lower.hasSuffix(".template")
    }

    /// A cheap look before parsing: templates name `AWS::` types under `Resources`.
    static func mayBeTemplate(_ text: String) -> Bool {
        text.contains("Resources") && text.contains("AWS::")
    }

    // MARK: Nodes

    private func declareNodes(_ template: CloudFormationTemplate, nodes: inout [String: String], topology: inout DeclaredTopology) {
        for resource in template.resources {
            guard let type = CloudResourceType.cloudFormation[resource.type] else { continue }
            let evidence = Evidence(path: template.path, line: resource.line, snippet: "\(resource.logicalID): \(resource.type)")
            switch type.role {
            case .function:
                let component = functionComponent(resource, template: template, evidence: evidence, topology: &topology)
                topology.addHostname(resource.logicalID, to: component)
                nodes[template.key(resource.logicalID)] = component
            case .resource:
                nodes[template.key(resource.logicalID)] = topology.addResource(cloudResource(resource, type: type, template: template, evidence: evidence))
            }
        }
    }

    private func functionComponent(_ function: CloudFormationTemplate.Resource, template: CloudFormationTemplate, evidence: Evidence, topology: inout DeclaredTopology) -> String {
        let codeURI = function.properties?.text("CodeUri") ?? template.globals?.text("CodeUri")
        if let codeURI, !codeURI.contains("://"), !codeURI.hasSuffix(".zip"), !codeURI.hasPrefix(".build") {
            let folder = ProjectFiles.join(template.folder, codeURI.hasSuffix("/") ? String(codeURI.dropLast()) : codeURI)
            if topology.facts.components.contains(where: { $0.path.map { ProjectFiles.contains(folder: $0, path: folder) && !$0.isEmpty } ?? false })
                || topology.hasFiles(in: folder) {
                return topology.component(owning: folder, name: function.logicalID, evidence: evidence)
            }
        }
        return topology.component(owning: template.folder, name: template.stackName, evidence: evidence)
    }

    private func cloudResource(_ resource: CloudFormationTemplate.Resource, type: CloudResourceType, template: CloudFormationTemplate, evidence: Evidence) -> Resource {
        var system = type.system
        if type.system == "postgresql", let engine = resource.properties?.text("Engine") {
            system = CloudResourceType.databaseSystem(engine: engine)
        }
        let physical = type.nameProperties.lazy.compactMap { CloudFormationIntrinsics.literal(resource.properties?.value($0)) }.first
        let qualified = physical ?? template.qualified(resource.logicalID)
        return Resource(id: "\(system):\(qualified)", kind: type.kind, system: system, name: qualified,
                        host: StructuralFactsBuilder.identifier(qualified.replacingOccurrences(of: "/", with: "-")), evidence: [evidence])
    }

    // MARK: Parameters

    /// Each parameter's value: its `Default`, else a value given for it by name in a YAML/JSON
    /// file of the template's folder (parameter files, stack metadata).
    private func parameterValues(_ template: CloudFormationTemplate, files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [(String, String)] {
        var values: [String: String] = [:]
        for (name, node) in template.parameters {
            if let value = node.text("Default") { values[name] = value }
        }
        let missing = Set(template.parameters.map(\.0)).subtracting(values.keys)
        if !missing.isEmpty {
            for file in files.files where ProjectFiles.folder(file.path) == template.folder && file.path != template.path && Self.isCandidate(file.path) {
                guard let text = files.text(file, diagnostics: &diagnostics), missing.contains(where: { text.contains($0) }) else { continue }
                var ignored: [Diagnostic] = []
                for document in YAMLDocuments.parse(text, path: file.path, diagnostics: &ignored) {
                    Self.scalars(document) { key, value in
                        if missing.contains(key), values[key] == nil { values[key] = value }
                    }
                }
            }
        }
        return values.sorted { $0.key < $1.key }
    }

    private static func scalars(_ node: Node, _ visit: (String, String) -> Void) {
        for (key, value, _) in node.pairs {
            if let text = value.scalar?.string { visit(key, text) } else { scalars(value, visit) }
        }
        for item in node.sequence ?? Node.Sequence([]) { scalars(item, visit) }
    }

    // MARK: Links

    private func link(_ template: CloudFormationTemplate, nodes: [String: String], topology: inout DeclaredTopology) {
        func node(_ value: Node?) -> String? {
            guard let value else { return nil }
            return CloudFormationIntrinsics.references(value).lazy.compactMap { nodes[template.key($0)] }.first
        }
        for resource in template.resources {
            let type = CloudResourceType.cloudFormation[resource.type]
            if type?.role == .function, let function = nodes[template.key(resource.logicalID)] {
                linkEnvironment(resource, template: template, function: function, node: node, topology: &topology)
                linkEvents(resource, template: template, function: function, node: node, topology: &topology)
            } else {
                linkMapping(resource, template: template, nodes: nodes, node: node, topology: &topology)
            }
        }
    }

    private func linkEnvironment(
        _ function: CloudFormationTemplate.Resource, template: CloudFormationTemplate, function component: String, node: (Node?) -> String?,
        topology: inout DeclaredTopology
    ) {
        let own = function.properties?.value("Environment")?.value("Variables")?.pairs ?? []
        let global = template.globals?.value("Environment")?.value("Variables")?.pairs ?? []
        let ownKeys = Set(own.map(\.key))
        for (key, value, line) in own + global.filter({ !ownKeys.contains($0.key) }) {
            // `{{resolve:secretsmanager:…}}` is resolved at deploy time: the code never calls the store.
            guard !Self.describe(value).contains("{{resolve:"), !Self.scalarsText(value).contains("{{resolve:"),
                  let target = node(value), target != component else { continue }
            let evidence = Evidence(path: template.path, line: line, snippet: "\(key): \(Self.describe(value))")
            topology.addEndpoint(key: key, value: Self.endpoint(of: target, topology: topology), component: component, evidence: evidence)
        }
    }

    /// A URL whose host is the node's name, with the node's protocol as scheme.
    static func endpoint(of node: String, topology: DeclaredTopology) -> String {
        if let resource = topology.facts.resources.first(where: { $0.id == node }) {
            let scheme = resource.system == "aws.apigateway" ? "https" : resource.system
            return "\(scheme)://\(resource.host ?? resource.name)"
        }
        let host = topology.facts.components.first { $0.id == node }?.hostnames.first ?? node
        return "lambda://\(host)"
    }

    private func linkEvents(
        _ function: CloudFormationTemplate.Resource, template: CloudFormationTemplate, function component: String, node: (Node?) -> String?,
        topology: inout DeclaredTopology
    ) {
        for (name, event, line) in function.properties?.value("Events")?.pairs ?? [] {
            guard let kind = event.text("Type") else { continue }
            let properties = event.value("Properties")
            let evidence = Evidence(path: template.path, line: line, snippet: "\(name): Type \(kind)")
            var source: String?
            switch kind {
            case "Api", "HttpApi":
                source = node(properties?.value(kind == "Api" ? "RestApiId" : "ApiId"))
                    ?? topology.addResource(implicitAPI(kind == "Api" ? "ServerlessRestApi" : "ServerlessHttpApi", template: template, evidence: evidence))
            case "DynamoDB", "Kinesis": source = node(properties?.value("Stream"))
            case "SQS": source = node(properties?.value("Queue"))
            case "SNS": source = node(properties?.value("Topic"))
            case "S3": source = node(properties?.value("Bucket"))
            case "Cognito": source = node(properties?.value("UserPool"))
            case "CloudWatchEvent", "EventBridgeRule":
                source = node(properties?.value("EventBusName"))
                    ?? topology.addResource(Resource(id: "aws.eventbridge:default", kind: .broker, system: "aws.eventbridge", name: "default",
                                                     host: "default-event-bus", evidence: [evidence]))
            default: continue
            }
            guard let source else { continue }
            addTrigger(from: source, to: component, evidence: evidence, topology: &topology)
        }
        if function.properties?.value("FunctionUrlConfig") != nil {
            let line = function.properties?.pairs.first { $0.key == "FunctionUrlConfig" }?.line ?? function.line
            let evidence = Evidence(path: template.path, line: line, snippet: "FunctionUrlConfig")
            let url = topology.addResource(Resource(
                id: "aws.lambda.url:\(template.qualified(function.logicalID))", kind: .externalAPI, system: "aws.lambda.url", name: "FunctionUrl",
                host: StructuralFactsBuilder.identifier(template.qualified(function.logicalID).replacingOccurrences(of: "/", with: "-") + "-url"),
                evidence: [evidence]))
            addTrigger(from: url, to: component, evidence: evidence, topology: &topology)
        }
    }

    private func implicitAPI(_ name: String, template: CloudFormationTemplate, evidence: Evidence) -> Resource {
        // Every stack has its own implicit API: the id is qualified, the name is the one SAM gives it.
        let qualified = template.folder.isEmpty ? name : "\(template.stackName)/\(name)"
        return Resource(id: "aws.apigateway:\(qualified)", kind: .externalAPI, system: "aws.apigateway", name: name,
                        host: StructuralFactsBuilder.identifier(qualified.replacingOccurrences(of: "/", with: "-")), evidence: [evidence])
    }

    /// Resources that wire a function to a source on their own: event-source mappings, SNS
    /// subscriptions, EventBridge rules, load-balancer target groups.
    private func linkMapping(
        _ resource: CloudFormationTemplate.Resource, template: CloudFormationTemplate, nodes: [String: String], node: (Node?) -> String?,
        topology: inout DeclaredTopology
    ) {
        let properties = resource.properties
        let evidence = Evidence(path: template.path, line: resource.line, snippet: "\(resource.logicalID): \(resource.type)")
        switch resource.type {
        case "AWS::Lambda::EventSourceMapping":
            if let source = node(properties?.value("EventSourceArn")), let function = node(properties?.value("FunctionName")) {
                addTrigger(from: source, to: function, evidence: evidence, topology: &topology)
            }
        case "AWS::SNS::Subscription":
            if let source = node(properties?.value("TopicArn")), let function = node(properties?.value("Endpoint")) {
                addTrigger(from: source, to: function, evidence: evidence, topology: &topology)
            }
        case "AWS::Events::Rule":
            let bus = node(properties?.value("EventBusName"))
            for target in properties?.value("Targets")?.sequence ?? Node.Sequence([]) {
                if let function = node(target.value("Arn")), let bus { addTrigger(from: bus, to: function, evidence: evidence, topology: &topology) }
            }
        case "AWS::AppSync::DataSource":
            guard let api = node(properties?.value("ApiId")) else { return }
            let target = node(properties?.value("DynamoDBConfig")?.value("TableName"))
                ?? node(properties?.value("LambdaConfig")?.value("LambdaFunctionArn"))
                ?? node(properties?.value("HttpConfig")?.value("Endpoint"))
                ?? node(properties?.value("RelationalDatabaseConfig"))
            if let target {
                let resource = topology.facts.resources.first { $0.id == target }
                let protocolName = resource.map { CloudResourceType(role: .resource, system: $0.system, kind: $0.kind, nameProperties: []).protocol } ?? "aws.lambda"
                topology.addEdge(Edge(from: api, to: target, protocol: protocolName, mode: .sync, strength: .config, evidence: [evidence]))
            }
        case "AWS::AppSync::GraphQLApi":
            guard let api = nodes[template.key(resource.logicalID)] else { return }
            let providers = (properties?.value("AdditionalAuthenticationProviders")?.sequence.map(Array.init) ?? [])
                + [properties].compactMap { $0 }
            for provider in providers {
                if let pool = node(provider.value("UserPoolConfig")?.value("UserPoolId")) {
                    topology.addEdge(Edge(from: api, to: pool, protocol: "aws.cognito", mode: .sync, strength: .config, evidence: [evidence]))
                }
            }
        case "AWS::ElasticLoadBalancingV2::Listener":
            guard let balancer = node(properties?.value("LoadBalancerArn")) else { return }
            for action in properties?.value("DefaultActions")?.sequence ?? Node.Sequence([]) {
                let groupID = action.value("TargetGroupArn").map(CloudFormationIntrinsics.references)?.first
                guard let group = template.resources.first(where: { $0.logicalID == groupID }) else { continue }
                for target in group.properties?.value("Targets")?.sequence ?? Node.Sequence([]) {
                    if let function = node(target.value("Id")) { addTrigger(from: balancer, to: function, evidence: evidence, topology: &topology) }
                }
            }
        default:
            break
        }
    }

    /// An inbound edge from a source resource into a function's component.
    /// Streams, queues, topics, buses and bucket notifications invoke asynchronously; APIs,
    /// load balancers, function URLs and user-pool triggers synchronously.
    private func addTrigger(
        from source: String, to component: String, mode: IntegrationPoint.Mode? = nil, evidence: Evidence, topology: inout DeclaredTopology
    ) {
        guard let resource = topology.facts.resources.first(where: { $0.id == source }) else { return }
        let type = CloudResourceType(role: .resource, system: resource.system, kind: resource.kind, nameProperties: [])
        let mode = mode ?? (type.isAsync || ["aws.s3", "dynamodb"].contains(resource.system) ? .async : .sync)
        topology.addEdge(Edge(from: source, to: component, protocol: type.protocol, mode: mode, strength: .config, evidence: [evidence]))
    }

    /// Every scalar of a value, joined (to see literals inside `!Join` lists).
    static func scalarsText(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .sequence(let sequence): return sequence.map(scalarsText).joined(separator: " ")
        case .mapping(let mapping): return mapping.map { scalarsText($0.value) }.joined(separator: " ")
        case .alias: return ""
        }
    }

    static func describe(_ node: Node) -> String {
        let tag = node.tag.rawValue
        let text = node.scalar?.string ?? CloudFormationIntrinsics.references(node).joined(separator: ", ")
        return tag.hasPrefix("!") ? "\(tag) \(text)" : text
    }
}

extension DeclaredTopology {
    /// Whether the walked tree holds a file under `folder`.
    func hasFiles(in folder: String) -> Bool {
        files.contains { ProjectFiles.contains(folder: folder, path: $0) }
    }
}
