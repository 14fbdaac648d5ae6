import Foundation
import IntegrateCore

/// A pact file as the Pact specification V2, V3 or V4 writes it: consumer, provider and the HTTP
/// interactions. Message and other non-HTTP V4 interactions are counted, not replayed.
public struct PactFile: Sendable {
    public var file: String
    public var consumer: String
    public var provider: String
    /// `metadata.pactSpecification.version` (or `pact-specification` in V2), if given.
    public var specificationVersion: String?
    public var interactions: [PactInteraction]
    /// Interactions that are not HTTP (V4 messages), which replay cannot exercise.
    public var skippedNonHTTP: Int

    public init(file: String, consumer: String, provider: String, specificationVersion: String? = nil, interactions: [PactInteraction], skippedNonHTTP: Int = 0) {
        self.file = file
        self.consumer = consumer
        self.provider = provider
        self.specificationVersion = specificationVersion
        self.interactions = interactions
        self.skippedNonHTTP = skippedNonHTTP
    }

    /// Reads the pact file at `path`. Throws `VerifyError.badInput` naming the file (and the line
    /// where the JSON reader or the structure gives one).
    public static func load(path: String) throws(VerifyError) -> PactFile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw .badInput("\(path): cannot read the pact file (\(error.localizedDescription))")
        }
        return try read(text: text, file: path)
    }

    /// Parses pact text; `file` names it in errors. Nesting deeper than the reader's limit is an error, not a crash.
    public static func read(text: String, file: String) throws(VerifyError) -> PactFile {
        let root: SpecNode
        do { root = try SpecNodeReader.read(text: text, file: file, limits: .pact) } catch let error as SpecLoadError {
            throw .badInput("\(file):\(error.line): not a readable pact: \(error.message)")
        } catch {
            throw .badInput("\(file): not a readable pact: \(error)")
        }
        guard root.object != nil else { throw .badInput("\(file):\(max(root.line, 1)): a pact file is a JSON object") }
        let metadata = root["metadata"] ?? root["metaData"]
        let version = metadata?["pactSpecification"]?["version"]?.scalarText ?? metadata?["pact-specification"]?["version"]?.scalarText
        guard let interactions = root["interactions"]?.array else {
            throw .badInput("\(file):\(max(root.line, 1)): the pact has no `interactions` array")
        }
        var read: [PactInteraction] = []
        var skipped = 0
        for (index, node) in interactions.enumerated() {
            let line = max(node.line, 1)
            if let type = node["type"]?.string, type != "Synchronous/HTTP" { skipped += 1; continue }
            guard let request = node["request"], request.object != nil, let response = node["response"], response.object != nil else {
                throw .badInput("\(file):\(line): interaction \(index + 1) has no `request` and `response` object")
            }
            guard request["method"]?.string != nil, let path = request["path"]?.string, path.hasPrefix("/") || path.isEmpty else {
                throw .badInput("\(file):\(line): interaction \(index + 1) needs a request `method` and a `path` starting with /")
            }
            read.append(PactInteraction(
                description: node["description"]?.string ?? "interaction \(index + 1)",
                providerStates: states(of: node),
                request: PactHTTPPart(request),
                response: PactHTTPPart(response),
                line: line
            ))
        }
        return PactFile(
            file: file,
            consumer: root["consumer"]?["name"]?.string ?? "unknown consumer",
            provider: root["provider"]?["name"]?.string ?? "unknown provider",
            specificationVersion: version,
            interactions: read,
            skippedNonHTTP: skipped
        )
    }

    /// V2 `providerState` (a string) or V3/V4 `providerStates` (objects with `name` and `params`, or strings).
    static func states(of node: SpecNode) -> [PactProviderState] {
        if let list = node["providerStates"]?.array {
            return list.compactMap { item in
                if let name = item.string { return PactProviderState(name: name) }
                guard let name = item["name"]?.string else { return nil }
                return PactProviderState(name: name, params: item["params"])
            }
        }
        if let name = node["providerState"]?.string ?? node["provider_state"]?.string { return [PactProviderState(name: name)] }
        return []
    }
}

extension YAMLLimits {
    /// Pacts are small JSON files: 16 MB and 128 levels are far beyond any real one.
    static let pact = YAMLLimits(maxBytes: 16 * 1024 * 1024, maxDepth: 128, maxNodes: 2_000_000, maxAliases: 16)
}
