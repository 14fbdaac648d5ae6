import Foundation

/// A .NET Aspire AppHost (`DistributedApplication.CreateBuilder`): `AddProject<Projects.X>("name")`
/// names the project's component, `AddPostgres("pg").AddDatabase("db")`, `AddRedis`,
/// `AddRabbitMQ`, `AddKafka`, … declare resources, and `.WithReference(x)` wires the project to
/// `x` the way Aspire does at run time: a resource reference is the connection string
/// `ConnectionStrings:<name>`, a project reference the service URL `services:<name>:http`;
/// `.WithEnvironment("Key", x.GetEndpoint("https"))` gives the same under the key it names. So a
/// service's `AddNpgsqlDbContext<T>("db")` or `GetConnectionString("db")` resolves to the
/// resource, and its `https+http://name` client to the project.
struct AspireDetector {
    /// Aspire hosting calls and the system of the resource each adds.
    static let systems: [String: String] = [
        "AddPostgres": "postgresql", "AddSqlServer": "mssql", "AddMySql": "mysql", "AddMongoDB": "mongodb", "AddOracle": "oracle",
        "AddRedis": "redis", "AddValkey": "redis", "AddGarnet": "redis", "AddRabbitMQ": "rabbitmq", "AddKafka": "kafka",
        "AddNats": "nats", "AddElasticsearch": "elasticsearch", "AddAzureServiceBus": "azure.servicebus",
        "AddAzureCosmosDB": "azure.cosmosdb", "AddAzureStorage": "azure.storage", "AddMilvus": "milvus", "AddQdrant": "qdrant",
    ]

    private enum Declared { case component(String), resource(Resource) }

    func apply(files: ProjectFiles, to topology: inout DeclaredTopology, diagnostics: inout [Diagnostic]) {
        for file in files.files where file.path.lowercased().hasSuffix(".cs") {
            guard let text = files.text(file, diagnostics: &diagnostics), text.contains("DistributedApplication.CreateBuilder") else { continue }
            read(text, path: file.path, topology: &topology)
        }
    }

    private func read(_ raw: String, path: String, topology: inout DeclaredTopology) {
        let text = String(decoding: CommentBlanker.blank(Array(raw.utf8), syntax: .of(.csharp)), as: UTF8.self)
        let lines = LineIndex(text)
        var variables: [String: Declared] = [:]
        var referenced: Set<String> = []          // variables passed to WithReference
        var servers: [String: Resource] = [:]     // variable -> server resource, added at the end
        var parents: Set<String> = []             // ids of servers that hold a database
        for statement in Self.statements(text) {
            let assigned = TargetExpression.matches(#"^\s*(?:var|[A-Za-z_][\w<>.]*)\s+(\w+)\s*=\s*"#, in: statement.text).first?[1]
            var current: Declared?
            if let receiver = TargetExpression.matches(#"^\s*(?:(?:var|[A-Za-z_][\w<>.]*)\s+\w+\s*=\s*)?(\w+)\s*\."#, in: statement.text).first?[1],
               receiver != "builder" {
                current = variables[receiver]
            }
            let calls = TargetExpression.matchRanges(#"\.(\w+)(?:<([\w.]+)>)?\(\s*(?:"([^"]*)"|(\w+))?"#, in: statement.text)
            for call in calls {
                let method = call.groups[1], generic = call.groups[2], literal = call.groups[3], argument = call.groups[4]
                let line = lines.line(of: statement.offset + call.offset)
                let evidence = Evidence(path: path, line: line, snippet: Self.snippet(statement.text, from: call.offset))
                if method == "AddProject", !literal.isEmpty {
                    current = .component(project(generic, name: literal, evidence: evidence, topology: &topology))
                } else if let system = Self.systems[method], !literal.isEmpty {
                    let resource = Resource(id: "\(system):\(literal)", kind: KnownSystems.kind(of: system), system: system, name: literal,
                                            host: literal, evidence: [evidence])
                    current = .resource(resource)
                    if let assigned { servers[assigned] = resource } else { topology.addResource(resource) }
                } else if ["AddDatabase", "AddBlobs", "AddQueues", "AddTables", "AddQueue", "AddTopic"].contains(method), !literal.isEmpty,
                          case .resource(let parent)? = current {
                    let kind: Resource.Kind = ["AddQueue", "AddTopic", "AddQueues"].contains(method) ? .broker
                        : method == "AddBlobs" ? .objectStorage : parent.kind
                    let child = Resource(id: "\(parent.system):\(literal)", kind: kind, system: parent.system, name: literal, host: literal,
                                         evidence: [evidence])
                    topology.addResource(child)
                    parents.insert(parent.id)
                    current = .resource(child)
                } else if ["AddContainer", "AddNpmApp", "AddDockerfile", "AddExecutable", "AddYarp", "AddPythonApp", "AddUvicornApp"].contains(method),
                          !literal.isEmpty {
                    current = .component(topology.newComponent(name: literal, path: nil, evidence: evidence))
                    if case .component(let id)? = current { topology.addHostname(literal, to: id) }
                } else if method == "AddRoute", case .component(let gateway)? = current,
                          let upstream = TargetExpression.matches(#"^\.AddRoute\(\s*(?:"[^"]*"\s*,\s*)?(\w+)"#,
                                                                  in: String(statement.text.utf16.dropFirst(call.offset)) ?? "").first?[1],
                          let target = variables[upstream] {
                    // A YARP route of `AddYarp(…).WithConfiguration(y => y.AddRoute("/api", catalog))`.
                    reference(from: gateway, to: target, evidence: evidence, topology: &topology)
                } else if method == "WithEnvironment", case .component(let from)? = current,
                          let setting = TargetExpression.matches(Self.environmentArguments, in: String(statement.text.utf16.dropFirst(call.offset)) ?? "").first {
                    // `.WithEnvironment("IdentityUrl", identity.GetEndpoint("https"))`, a variable
                    // holding such an endpoint, or a literal URL: the project sees that setting.
                    if let target = variables[setting[2]] {
                        reference(from: from, to: target, key: setting[1], evidence: evidence, topology: &topology)
                    } else if !setting[3].isEmpty, ConfigClassifier.looksLikeEndpoint(setting[3]) {
                        topology.addEndpoint(key: setting[1], value: setting[3], component: from, evidence: evidence)
                    }
                } else if method == "WithReference", !argument.isEmpty, case .component(let from)? = current, let target = variables[argument] {
                    referenced.insert(argument)
                    reference(from: from, to: target, evidence: evidence, topology: &topology)
                }
            }
            if let assigned, let current { variables[assigned] = current }
        }
        // A server is a node of its own when something references it or it holds no database.
        for (variable, server) in servers.sorted(by: { $0.key < $1.key })
        where referenced.contains(variable) || !parents.contains(server.id) {
            topology.addResource(server)
        }
    }

    private func project(_ generic: String, name: String, evidence: Evidence, topology: inout DeclaredTopology) -> String {
        let type = generic.hasPrefix("Projects.") ? String(generic.dropFirst("Projects.".count)) : generic
        let candidates = [type, type.replacingOccurrences(of: "_", with: ".")].map { $0 + ".csproj" }
        let known = topology
        let id = candidates.compactMap { known.component(withManifestNamed: $0) }.first
            ?? topology.newComponent(name: name, path: nil, evidence: evidence)
        topology.addHostname(name, to: id, evidence: evidence)
        return id
    }

    /// The arguments of `.WithEnvironment("Key", value)`: the key, then a variable (also as
    /// `variable.GetEndpoint(…)`) or a string literal.
    static let environmentArguments = #"^\.WithEnvironment\(\s*"([^"]+)"\s*,\s*(?:(\w+)(?:\s*\.\s*GetEndpoint\([^)]*\))?\s*\)|"([^"]*)")"#

    /// The setting `from` sees for `target`: Aspire's own key (`ConnectionStrings:<name>`,
    /// `services:<name>:http`), or `key` when the AppHost names it (`WithEnvironment`).
    private func reference(from: String, to target: Declared, key: String? = nil, evidence: Evidence, topology: inout DeclaredTopology) {
        switch target {
        case .resource(let resource):
            topology.addResource(resource)
            let scheme = resource.system == "rabbitmq" ? "amqp" : resource.system
            topology.addEndpoint(key: key ?? "ConnectionStrings:\(resource.name)", value: "\(scheme)://\(resource.name)", component: from, evidence: evidence)
        case .component(let id):
            let name = topology.facts.components.first { $0.id == id }?.hostnames.first ?? id
            topology.addEndpoint(key: key ?? "services:\(name):http", value: "http://\(name)", component: from, evidence: evidence)
        }
    }

    /// Top-level statements of the file with their offsets (`;`-separated, braces skipped).
    static func statements(_ text: String) -> [(text: String, offset: Int)] {
        var result: [(String, Int)] = []
        var start = 0
        var depth = 0
        let characters = Array(text.utf16)
        var current: [UInt16] = []
        for (index, character) in characters.enumerated() {
            if character == UInt16(UInt8(ascii: "(")) { depth += 1 } else if character == UInt16(UInt8(ascii: ")")) { depth = max(0, depth - 1) }
            let ends = depth == 0 && (character == UInt16(UInt8(ascii: ";")) || character == UInt16(UInt8(ascii: "{")) || character == UInt16(UInt8(ascii: "}")))
            if ends {
                result.append((String(decoding: current, as: UTF16.self), start))
                current = []
                start = index + 1
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { result.append((String(decoding: current, as: UTF16.self), start)) }
        return result
    }

    private static func snippet(_ statement: String, from offset: Int) -> String {
        let utf16 = Array(statement.utf16)
        let tail = String(decoding: utf16[min(offset, utf16.count)...], as: UTF16.self)
        return String(tail.prefix { $0 != "\n" }.prefix(120)).trimmingCharacters(in: .whitespaces)
    }
}

/// 1-based line numbers of UTF-16 offsets in a text.
struct LineIndex {
    private let starts: [Int]

    init(_ text: String) {
        var starts = [0]
        for (index, unit) in text.utf16.enumerated() where unit == UInt16(UInt8(ascii: "\n")) { starts.append(index + 1) }
        self.starts = starts
    }

    func line(of offset: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }
}

extension TargetExpression {
    /// Matches with their UTF-16 offsets and every group (`""` for groups that did not take part).
    static func matchRanges(_ pattern: String, in text: String) -> [(offset: Int, groups: [String])] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { result in
            (result.range.location, (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
            })
        }
    }
}
