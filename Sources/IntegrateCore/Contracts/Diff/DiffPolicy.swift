import Foundation

/// User policy applied after the checks: findings to ignore (operation + id) and ids re-leveled.
///
/// Ignore file, one finding per line: `GET /orders/{orderId} response-optional-property-removed`
/// (`*` as method or path matches any; `#` starts a comment). Levels file, one id per line:
/// `request-parameter-removed: error` (levels `error`, `warning`, `info`, or `none` to drop the id).
public struct DiffPolicy: Sendable {
    public struct Ignore: Sendable, Hashable {
        public var method: String
        public var path: String
        public var id: String
    }

    public var ignores: [Ignore]
    /// id -> level; `nil` level drops the id.
    public var levels: [String: ChangeLevel?]

    public init(ignores: [Ignore] = [], levels: [String: ChangeLevel?] = [:]) {
        self.ignores = ignores
        self.levels = levels
    }

    public static func parseIgnores(_ text: String, file: String) throws -> [Ignore] {
        try lines(text).map { number, line in
            let parts = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard parts.count == 3 else {
                throw SpecLoadError(file: file, line: number, message: "expected `METHOD /path check-id`, got `\(line)`")
            }
            return Ignore(method: parts[0].uppercased(), path: parts[1], id: parts[2])
        }
    }

    public static func parseLevels(_ text: String, file: String) throws -> [String: ChangeLevel?] {
        var result: [String: ChangeLevel?] = [:]
        for (number, line) in lines(text) {
            let parts = line.replacingOccurrences(of: ":", with: " ").split(whereSeparator: \.isWhitespace).map(String.init)
            guard parts.count == 2 else { throw SpecLoadError(file: file, line: number, message: "expected `check-id: level`, got `\(line)`") }
            if parts[1].lowercased() == "none" || parts[1].lowercased() == "off" {
                result[parts[0]] = .some(nil)
            } else if let level = ChangeLevel(parsing: parts[1]) {
                result[parts[0]] = level
            } else {
                throw SpecLoadError(file: file, line: number, message: "unknown level `\(parts[1])` (error, warning, info, none)")
            }
        }
        return result
    }

    private static func lines(_ text: String) -> [(Int, String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : (index + 1, trimmed)
        }
    }

    /// Drops ignored findings and applies re-leveling.
    public func apply(_ changes: [ContractChange]) -> [ContractChange] {
        changes.compactMap { change in
            if ignores.contains(where: { matches($0, change) }) { return nil }
            var result = change
            if let override = levels[change.id] {
                guard let level = override else { return nil }
                result.level = level
            }
            return result
        }
    }

    private func matches(_ ignore: Ignore, _ change: ContractChange) -> Bool {
        guard ignore.id == change.id else { return false }
        let methodOK = ignore.method == "*" || ignore.method == (change.method ?? "")
        let pathOK = ignore.path == "*" || ignore.path == (change.path ?? "")
            || ContractDiffer.normalize(ignore.path) == ContractDiffer.normalize(change.path ?? "")
        return methodOK && pathOK
    }
}
