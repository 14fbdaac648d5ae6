import Foundation
import Yams

/// Reads `.claude/integrations/objectives.yaml`, the project's own objectives per dependency:
///
/// ```yaml
/// defaults:                 # every integration (optional)
///   success: 99.5           # percent of calls that succeed (or "99.5%")
///   latency: 2s             # p95 of synchronous calls stays under it (2s, 500ms, 1.5)
///   minimum_calls: 100      # calls an alert's long window needs before it fires
/// dependencies:
///   inventory:              # every caller of `inventory`
///     success: 99.9
///   orders -> inventory:    # only the calls `orders` makes
///     latency: 500ms
/// ```
///
/// Problems become diagnostics naming file and line; what is wrong falls back to the defaults.
public struct ObjectivesFileLoader: Sendable {
    public static let path = ".claude/integrations/objectives.yaml"

    /// One `dependencies:` entry.
    public struct Entry: Sendable, Hashable {
        /// nil for every caller.
        public var caller: String?
        public var dependency: String
        public var success: Decimal?
        public var latency: Decimal?
        public var minimumCalls: Int?
        public var evidence: Evidence
    }

    /// The file's content, or the framework's defaults when there is none.
    public struct Objectives: Sendable {
        public var defaults: IntegrationObjective
        public var entries: [Entry]
        public var diagnostics: [Diagnostic]
        /// Whether the project has the file at all.
        public var fileFound: Bool

        public static let framework = Objectives(defaults: .framework, entries: [], diagnostics: [], fileFound: false)

        /// The objective for calls from `caller` to a dependency known by any of `names`: a
        /// `caller -> dependency` entry beats a `dependency` entry beats the defaults.
        public func objective(caller: String, dependency names: [String]) -> IntegrationObjective {
            let lowered = Set(names.map { $0.lowercased() })
            let matching = entries.filter { lowered.contains($0.dependency.lowercased()) && ($0.caller == nil || $0.caller?.lowercased() == caller.lowercased()) }
            var objective = defaults
            for entry in matching.sorted(by: { ($0.caller == nil ? 0 : 1) < ($1.caller == nil ? 0 : 1) }) {
                if let success = entry.success { objective.successPercent = success }
                if let latency = entry.latency { objective.latencySeconds = latency }
                if let calls = entry.minimumCalls { objective.minimumCalls = calls }
                objective.source = entry.evidence
            }
            return objective
        }
    }

    public init() {}

    /// Reads the file under `root`; no file → the framework's defaults.
    public func load(root: URL) -> Objectives {
        let url = root.appendingPathComponent(Self.path)
        guard FileManager.default.fileExists(atPath: url.path) else { return .framework }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            var objectives = Objectives.framework
            objectives.fileFound = true
            objectives.diagnostics = [Diagnostic(.error, "cannot be read as UTF-8 text; the framework's objectives apply", path: Self.path)]
            return objectives
        }
        return load(yaml: text)
    }

    /// Parses the file's text.
    public func load(yaml: String) -> Objectives {
        let path = Self.path
        var objectives = Objectives.framework
        objectives.fileFound = true
        func problem(_ message: String, _ node: Node?) {
            objectives.diagnostics.append(Diagnostic(.error, message, path: path, line: node?.mark?.line))
        }
        let root: Node?
        do throws(YAMLLoadError) {
            // The one loader: its limits refuse alias bombs and deep nesting before composing.
            root = try YAMLLoader.document(yaml, file: path)
        } catch {
            objectives.diagnostics.append(Diagnostic(.error, "\(error.message); the framework's objectives apply", path: path, line: error.line))
            return objectives
        }
        guard let root else { return objectives }
        guard let mapping = root.mapping else {
            problem("expected a mapping with `defaults` and `dependencies`", root)
            return objectives
        }
        for (keyNode, value) in mapping {
            switch keyNode.string {
            case "defaults":
                let fields = parseFields(value, context: "defaults", problem: problem)
                if let success = fields.success { objectives.defaults.successPercent = success }
                if let latency = fields.latency { objectives.defaults.latencySeconds = latency }
                if let calls = fields.minimumCalls { objectives.defaults.minimumCalls = calls }
                if fields.success != nil || fields.latency != nil || fields.minimumCalls != nil {
                    objectives.defaults.source = Evidence(path: path, line: keyNode.mark?.line ?? 1, snippet: "defaults")
                }
            case "dependencies":
                guard let entries = value.mapping else {
                    problem("`dependencies` must map dependency names (or `caller -> dependency`) to objectives", value)
                    continue
                }
                for (nameNode, fieldsNode) in entries {
                    guard let name = nameNode.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                        problem("a dependency key must be a name or `caller -> dependency`", nameNode)
                        continue
                    }
                    let parts = name.components(separatedBy: "->").map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count <= 2, !parts.contains(where: \.isEmpty) else {
                        problem("`\(name)`: expected `dependency` or `caller -> dependency`", nameNode)
                        continue
                    }
                    let fields = parseFields(fieldsNode, context: "`\(name)`", problem: problem)
                    guard fields.success != nil || fields.latency != nil || fields.minimumCalls != nil else { continue }
                    objectives.entries.append(Entry(
                        caller: parts.count == 2 ? parts[0] : nil, dependency: parts[parts.count - 1],
                        success: fields.success, latency: fields.latency, minimumCalls: fields.minimumCalls,
                        evidence: Evidence(path: path, line: nameNode.mark?.line ?? 1, snippet: name)))
                }
            default:
                problem("unknown key `\(keyNode.string ?? "?")`; expected `defaults` or `dependencies`", keyNode)
            }
        }
        return objectives
    }

    private struct Fields {
        var success: Decimal?
        var latency: Decimal?
        var minimumCalls: Int?
    }

    private func parseFields(_ node: Node, context: String, problem: (String, Node?) -> Void) -> Fields {
        var fields = Fields()
        guard let mapping = node.mapping else {
            problem("\(context): expected a mapping of `success`, `latency`, `minimum_calls`", node)
            return fields
        }
        for (key, value) in mapping {
            let text = value.string?.trimmingCharacters(in: .whitespaces) ?? ""
            switch key.string {
            case "success":
                let number = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
                if let percent = Self.decimal(number), percent > 0, percent < 100 {
                    fields.success = percent
                } else {
                    problem("\(context): `success` must be a percentage between 0 and 100 (exclusive), like 99.5; found `\(text)`", value)
                }
            case "latency":
                if let seconds = Self.duration(text), seconds > 0 {
                    fields.latency = seconds
                } else {
                    problem("\(context): `latency` must be a positive duration like 2s, 500ms or 1.5; found `\(text)`", value)
                }
            case "minimum_calls":
                if let calls = Int(text), calls >= 0 {
                    fields.minimumCalls = calls
                } else {
                    problem("\(context): `minimum_calls` must be a whole number of calls, 0 or more; found `\(text)`", value)
                }
            default:
                problem("\(context): unknown key `\(key.string ?? "?")`; expected `success`, `latency` or `minimum_calls`", key)
            }
        }
        return fields
    }

    /// A plain decimal number (`99.5`, `2`), nothing else.
    static func decimal(_ text: String) -> Decimal? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), text.filter({ $0 == "." }).count <= 1,
              text.first != ".", text.last != "." else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Seconds from `2s`, `500ms`, `1.5` (seconds) or `1m`.
    static func duration(_ text: String) -> Decimal? {
        let lowered = text.lowercased()
        for (suffix, factor) in [("ms", Decimal(string: "0.001") ?? 0), ("s", 1), ("m", 60)] where lowered.hasSuffix(suffix) {
            return decimal(String(lowered.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)).map { $0 * factor }
        }
        return decimal(lowered)
    }
}
