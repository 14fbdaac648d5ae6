import Yams

/// A YAML or JSON text that could not be loaded: malformed, or over a `YAMLLimits` bound.
/// `description` is compiler style, location first: `api.yaml:12:3: error: ...`.
public struct YAMLLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Not well-formed YAML/JSON (libyaml's message).
        case malformed
        /// Over one of the limits; the text was not composed.
        case overLimit
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(_ kind: Kind, file: String, line: Int = 1, column: Int = 1, message: String) {
        self.kind = kind
        self.file = file
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): error: \(message)" }

    /// The warning a scan records for a file it could not load.
    public var diagnostic: Diagnostic { Diagnostic(.warning, message, path: file, line: line) }

    /// Translates a Yams error; `format` names the syntax ("YAML", "JSON") in the message.
    static func from(_ error: any Error, file: String, format: String) -> YAMLLoadError {
        guard let error = error as? YamlError else {
            return YAMLLoadError(.malformed, file: file, message: "invalid \(format): \(error)")
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return YAMLLoadError(.malformed, file: file, line: mark.line, column: mark.column, message: "invalid \(format): \(detail)\(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return YAMLLoadError(.malformed, file: file, line: context.mark.line, column: context.mark.column,
                                 message: "duplicate key(s) \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in one mapping")
        case let .reader(problem, offset, _, yaml):
            let line = offset.map { offset in yaml.utf8.prefix(offset).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } } ?? 1
            return YAMLLoadError(.malformed, file: file, line: line, message: "cannot read \(format): \(problem)")
        default:
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
            return YAMLLoadError(.malformed, file: file, message: "invalid \(format): \(first)")
        }
    }
}
