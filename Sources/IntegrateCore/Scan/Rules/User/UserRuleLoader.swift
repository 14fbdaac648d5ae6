import Foundation
import Yams

/// Loads a project's own rules from `<project>/.claude/integrations/rules/*.yaml`.
///
/// A file holds one rule mapping, a list of them, or `rules:` with a list. Fields are those of
/// `Rule` (`method` sets the default method). Problems become diagnostics named by file and line
/// (`rules/http.yaml:3: error: rule 'acme.http': missing 'pattern'`); a bad rule is dropped, the
/// others load. A rule's own `triggering`/`nonTriggering` examples are run, and failures are warnings.
public struct UserRuleLoader: Sendable {
    public struct Loaded: Sendable {
        public var rules: [Rule]
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    public func load(directory: URL) -> Loaded {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var loaded = Loaded(rules: [], diagnostics: [])
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            let text: String
            do throws(IntegrateError) {
                text = try TextFile.read(url)
            } catch {
                loaded.diagnostics.append(Diagnostic(.error, "could not read rule file: \(error.message)", path: url.path))
                continue
            }
            let file = load(yaml: text, path: url.path)
            loaded.rules += file.rules
            loaded.diagnostics += file.diagnostics
        }
        return loaded
    }

    /// The rules in one YAML text; `path` names it in diagnostics.
    public func load(yaml: String, path: String) -> Loaded {
        var loaded = Loaded(rules: [], diagnostics: [])
        let root: Node?
        do throws(YAMLLoadError) {
            root = try YAMLLoader.document(yaml, file: path)
        } catch {
            loaded.diagnostics.append(Diagnostic(.error, error.message, path: path, line: error.line))
            return loaded
        }
        guard let root else { return loaded }
        let entries: [Node]
        if let list = root.sequence {
            entries = Array(list)
        } else if let list = root.mapping?["rules"]?.sequence {
            entries = Array(list)
        } else {
            entries = [root]
        }
        for entry in entries {
            switch parse(entry) {
            case .success(let rule):
                loaded.rules.append(rule)
                for problem in rule.exampleProblems() {
                    loaded.diagnostics.append(Diagnostic(.warning, "rule '\(rule.id)': \(problem)", path: path, line: entry.mark?.line))
                }
            case .failure(let problem):
                loaded.diagnostics.append(Diagnostic(.error, problem.message, path: path, line: problem.line))
            }
        }
        return loaded
    }

    private struct Problem: Error {
        var message: String
        var line: Int?
    }

    private func parse(_ node: Node) -> Result<Rule, Problem> {
        guard let mapping = node.mapping else {
            return .failure(Problem(message: "a rule must be a mapping", line: node.mark?.line))
        }
        let id = mapping["id"]?.string ?? "?"
        let line = node.mark?.line
        func problem(_ text: String, at field: Node? = nil) -> Problem {
            Problem(message: "rule '\(id)': \(text)", line: field?.mark?.line ?? line)
        }
        func required(_ key: String) -> Result<String, Problem> {
            guard let value = mapping[key]?.string, !value.isEmpty else { return .failure(problem("missing '\(key)'")) }
            return .success(value)
        }
        func list(_ key: String) -> [String] {
            if let items = mapping[key]?.sequence { return items.compactMap(\.string) }
            return mapping[key]?.string.map { [$0] } ?? []
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ fallback: T?) -> Result<T, Problem> where T.RawValue == String {
            guard let field = mapping[key] else {
                return fallback.map(Result.success) ?? .failure(problem("missing '\(key)'"))
            }
            guard let text = field.string, let value = T(rawValue: text) else {
                return .failure(problem("'\(key)' must be one of \(Self.choices(T.self))", at: field))
            }
            return .success(value)
        }
        do {
            let id = try required("id").get()
            let kind: IntegrationPoint.Kind = try choice("kind", nil).get()
            let technology = try required("technology").get()
            let pattern = try required("pattern").get()
            let direction: IntegrationPoint.Direction = try choice("direction", Self.direction(of: kind)).get()
            let mode: IntegrationPoint.Mode = try choice("mode", .sync).get()
            let confidence: IntegrationPoint.Confidence = try choice("confidence", .medium).get()
            var languages: [Language] = []
            for name in list("languages") {
                guard let language = Language(rawValue: name) else {
                    throw problem("unknown language '\(name)'; one of \(Self.choices(Language.self))", at: mapping["languages"])
                }
                languages.append(language)
            }
            if languages.isEmpty { throw problem("missing 'languages'") }
            let keywords = list("keywords").filter { !$0.isEmpty }
            if keywords.isEmpty { throw problem("missing 'keywords'") }
            do {
                _ = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            } catch {
                throw problem("invalid pattern: \(error.localizedDescription)", at: mapping["pattern"])
            }
            let isHTTP = [.inboundHTTP, .outboundHTTP, .webhook].contains(kind)
            return .success(Rule(
                id: id, summary: mapping["summary"]?.string ?? "User rule \(id).", kind: kind, technology: technology,
                protocol: mapping["protocol"]?.string ?? (isHTTP ? "http" : technology), mode: mode, direction: direction,
                languages: languages, keywords: keywords, pattern: pattern, defaultMethod: mapping["method"]?.string,
                confidence: confidence, note: mapping["note"]?.string, triggering: list("triggering"),
                nonTriggering: list("nonTriggering")))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(problem("\(error)"))
        }
    }

    private static func direction(of kind: IntegrationPoint.Kind) -> IntegrationPoint.Direction {
        switch kind {
        case .inboundHTTP, .grpcServer, .graphqlServer, .consume, .webhook: .receive
        case .publish: .send
        default: .call
        }
    }

    private static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        type.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }
}
