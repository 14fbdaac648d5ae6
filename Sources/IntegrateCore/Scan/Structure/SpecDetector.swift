import Foundation
import Yams

/// Finds API description files: OpenAPI/Swagger and AsyncAPI (YAML or JSON), `.proto` files
/// with a `service`, GraphQL SDL and Pact contracts.
struct SpecDetector {
    func specs(files: ProjectFiles, diagnostics: inout [Diagnostic]) -> [APISpec] {
        var specs: [APISpec] = []
        for file in files.files {
            let lower = file.path.lowercased()
            if lower.hasSuffix(".proto") {
                if let text = files.text(file, diagnostics: &diagnostics), let spec = proto(file.path, text) { specs.append(spec) }
            } else if lower.hasSuffix(".graphql") || lower.hasSuffix(".graphqls") || lower.hasSuffix(".gql") {
                if let text = files.text(file, diagnostics: &diagnostics), let spec = graphQL(file.path, text) { specs.append(spec) }
            } else if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") {
                guard !lower.hasSuffix("package.json"), !lower.hasSuffix("package-lock.json"),
                      let text = files.text(file, diagnostics: &diagnostics), Self.mayBeSpec(text, json: lower.hasSuffix(".json"))
                else { continue }
                if let spec = document(file.path, text, diagnostics: &diagnostics) { specs.append(spec) }
            }
        }
        return specs
    }

    /// A cheap filter before any parse: the spec keys as a key is written (`openapi:` in YAML,
    /// `"openapi"` in JSON), or a Pact file's `"consumer"` and `"provider"`.
    static func mayBeSpec(_ text: String, json: Bool) -> Bool {
        if json {
            return mentions(text, ["\"openapi\"", "\"swagger\"", "\"asyncapi\""])
                || (mentions(text, ["\"consumer\""]) && mentions(text, ["\"provider\""]))
        }
        return mentions(text, ["openapi:", "swagger:", "asyncapi:"])
    }

    /// Whether the text names one of `keywords`, by a byte search over its UTF-8 storage
    /// (Foundation's `contains` was most of the scan's time on trees with thousands of unrelated
    /// JSON/YAML files). The whole file is searched: a spec with sorted keys names `openapi` after
    /// its `components`.
    static func mentions(_ text: String, _ keywords: [String]) -> Bool {
        var text = text
        return text.withUTF8 { haystack in
            guard let base = haystack.baseAddress else { return false }
            return keywords.contains { keyword in
                let needle = Array(keyword.utf8)
                guard let first = needle.first, haystack.count >= needle.count else { return false }
                var start = 0
                let last = haystack.count - needle.count
                // memchr finds candidate first bytes at memory speed; compare the rest there.
                while start <= last, let hit = memchr(base + start, Int32(first), last - start + 1) {
                    let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    var offset = 1
                    while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                    start = index + 1
                }
                return false
            }
        }
    }

    private func document(_ path: String, _ text: String, diagnostics: inout [Diagnostic]) -> APISpec? {
        var ignored: [Diagnostic] = []
        // Only files that declare a spec key at the top are specs; other YAML/JSON files are
        // reported by the detectors that own them, so parse errors are reported only here for
        // files whose text names a spec key on a line of its own.
        let declaresSpec = text.split(separator: "\n").contains { line in
            ["openapi:", "swagger:", "asyncapi:", "\"openapi\"", "\"swagger\"", "\"asyncapi\""].contains { line.hasPrefix($0) || line.trimmingCharacters(in: .whitespaces).hasPrefix($0) && path.hasSuffix(".json") }
        }
        let nodes = declaresSpec
            ? YAMLDocuments.parse(text, path: path, diagnostics: &diagnostics)
            : YAMLDocuments.parse(text, path: path, diagnostics: &ignored)
        guard let root = nodes.first else { return nil }
        let info = root.value("info")
        let title = info?.text("title")
        let version = info?.text("version")
        if root.value("openapi") != nil { return APISpec(path: path, format: .openapi, title: title, version: version, servers: Self.openAPIServers(root)) }
        if root.value("swagger") != nil { return APISpec(path: path, format: .swagger, title: title, version: version, servers: Self.swaggerServers(root)) }
        if root.value("asyncapi") != nil { return APISpec(path: path, format: .asyncapi, title: title, version: version) }
        if let consumer = root.value("consumer")?.text("name"), let provider = root.value("provider")?.text("name") {
            let pactVersion = root.value("metadata")?.value("pactSpecification")?.text("version")
            return APISpec(path: path, format: .pact, title: "\(consumer) -> \(provider)", version: pactVersion)
        }
        return nil
    }

    private func proto(_ path: String, _ text: String) -> APISpec? {
        var package: String?
        var services: [String] = []
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("package ") {
                package = line.dropFirst(8).trimmingCharacters(in: CharacterSet(charactersIn: "; "))
            } else if line.hasPrefix("service ") {
                let name = line.dropFirst(8).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                if !name.isEmpty { services.append(String(name)) }
            }
        }
        guard !services.isEmpty else { return nil }
        let version = package?.split(separator: ".").last.flatMap { part -> String? in
            part.first == "v" && part.dropFirst().first?.isNumber == true ? String(part) : nil
        }
        return APISpec(path: path, format: .proto, title: services.joined(separator: ", "), version: version)
    }

    private func graphQL(_ path: String, _ text: String) -> APISpec? {
        let declarations = ["type ", "schema ", "schema{", "extend type ", "interface ", "input ", "enum ", "scalar ", "union "]
        let isSchema = text.split(separator: "\n").contains { line in declarations.contains { line.hasPrefix($0) } }
        guard isSchema else { return nil }
        let operations = ["Query", "Mutation", "Subscription"].filter { text.contains("type \($0)") }
        return APISpec(path: path, format: .graphql, title: operations.isEmpty ? nil : operations.joined(separator: ", "))
    }

    /// OpenAPI 3 `servers[].url`, each `{variable}` replaced by `variables.<name>.default`.
    static func openAPIServers(_ root: Node) -> [String]? {
        let urls = (root.value("servers")?.sequence ?? []).compactMap { server -> String? in
            guard var url = server.text("url")?.trimmingCharacters(in: .whitespaces), !url.isEmpty else { return nil }
            for variable in server.value("variables")?.pairs ?? [] {
                if let value = variable.value.text("default") { url = url.replacingOccurrences(of: "{\(variable.key)}", with: value) }
            }
            return url
        }
        return urls.isEmpty ? nil : urls
    }

    /// Swagger 2 `host` + `basePath`, with the first of `schemes`.
    static func swaggerServers(_ root: Node) -> [String]? {
        guard let host = root.text("host")?.trimmingCharacters(in: .whitespaces), !host.isEmpty else { return nil }
        let base = root.text("basePath").map { $0.hasPrefix("/") ? $0 : "/" + $0 } ?? ""
        let firstScheme: String? = root.value("schemes")?.sequence?.first?.scalar?.string
        let scheme = firstScheme.map { $0 + ":" } ?? ""
        return [scheme + "//" + host + (base == "/" ? "" : base)]
    }
}
