import Foundation
import Yams

/// The one way `integrate` reads YAML and JSON (specs, compose and Kubernetes files, user rules,
/// lint config, PROJECT_CONFIG.yaml, its own state): JSON is read as YAML so every node keeps
/// its line; the text is checked against `YAMLLimits` before anything is composed; every
/// failure is a `YAMLLoadError` naming the file and line.
public enum YAMLLoader {
    /// What a multi-document text gave: the documents before the first problem, and the problem.
    public struct Documents {
        public var nodes: [Node]
        public var error: YAMLLoadError?
    }

    /// The single document of `text` (`nil` when it is empty).
    public static func document(
        _ text: String, file: String, limits: YAMLLimits = .standard, resolver: Resolver = .default
    ) throws(YAMLLoadError) -> Node? {
        let source = try prepared(text, file: file, limits: limits)
        do {
            return try Yams.compose(yaml: source, resolver)
        } catch {
            throw located(YAMLLoadError.from(error, file: file, format: format(of: file)), in: source)
        }
    }

    /// Every document of a multi-document text (`---` separated, as in Kubernetes manifests).
    /// Documents before a malformed one are kept: one bad document loses only itself and what follows.
    public static func documents(
        _ text: String, file: String, limits: YAMLLimits = .standard, resolver: Resolver = .default
    ) -> Documents {
        let source: String
        do {
            source = try prepared(text, file: file, limits: limits)
        } catch {
            return Documents(nodes: [], error: error)
        }
        var nodes: [Node] = []
        do {
            var sequence = try Yams.compose_all(yaml: source, resolver)
            while let node = sequence.next() { nodes.append(node) }
            if let error = sequence.error { throw error }
        } catch {
            return Documents(nodes: nodes, error: located(YAMLLoadError.from(error, file: file, format: format(of: file)), in: source))
        }
        return Documents(nodes: nodes, error: nil)
    }

    /// Checks that every document of `text` loads (for files edited as text, not as nodes).
    public static func validate(_ text: String, file: String, limits: YAMLLimits = .standard) throws(YAMLLoadError) {
        if let error = documents(text, file: file, limits: limits).error { throw error }
    }

    /// A JSON file decoded into `T` (the tool's own state files): the limits are checked first;
    /// a syntax error names its line, a shape error the path of the offending key.
    public static func decodeJSON<T: Decodable>(_ type: T.Type, from text: String, file: String, limits: YAMLLimits = .standard) throws(YAMLLoadError) -> T {
        _ = try prepared(text, file: file, limits: limits)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            try validate(text, file: file, limits: limits)
            throw YAMLLoadError(.malformed, file: file, message: "invalid JSON: \(context.debugDescription)")
        } catch let error as DecodingError {
            throw YAMLLoadError(.malformed, file: file, message: "unexpected content: \(describe(error))")
        } catch {
            throw YAMLLoadError(.malformed, file: file, message: "invalid JSON: \(error.localizedDescription)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case let .keyNotFound(key, context): return "missing key `\(key.stringValue)`\(path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(error)"
        }
    }

    /// "JSON" for `.json` files, else "YAML": the word the messages use.
    public static func format(of file: String) -> String {
        file.lowercased().hasSuffix(".json") ? "JSON" : "YAML"
    }

    private static func prepared(_ text: String, file: String, limits: YAMLLimits) throws(YAMLLoadError) -> String {
        let format = format(of: file)
        let size = text.utf8.count
        if size > limits.maxBytes {
            throw YAMLLoadError(.overLimit, file: file, message: "\(format) of \(size) bytes, over the limit of \(limits.maxBytes): not read")
        }
        // JSON allows tabs as whitespace where YAML does not; inside valid JSON strings a tab is
        // always escaped, so replacing literal tabs keeps the meaning and every line number.
        let source = format == "JSON" && text.utf8.contains(9) ? text.replacingOccurrences(of: "\t", with: " ") : text
        if let problem = YAMLPreflight.check(source, file: file, format: format, limits: limits) { throw problem }
        return source
    }

    /// libyaml places an error at the end of the stream one line past the last line of a file
    /// that ends in a newline; clamp it to the last line, where the problem is.
    private static func located(_ error: YAMLLoadError, in text: String) -> YAMLLoadError {
        var lines = 1
        for byte in text.utf8 where byte == 10 { lines += 1 }
        if text.utf8.last == 10 { lines -= 1 }
        guard error.line > lines else { return error }
        var clamped = error
        clamped.line = max(lines, 1)
        clamped.column = 1
        return clamped
    }
}
