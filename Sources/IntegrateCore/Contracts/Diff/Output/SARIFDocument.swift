import Foundation

/// A minimal SARIF 2.1.0 log shared by `contracts diff` and `contracts lint`.
public struct SARIFDocument: Sendable {
    public struct Result: Sendable {
        public var ruleId: String
        /// `error`, `warning` or `note`.
        public var level: String
        public var message: String
        public var file: String?
        public var line: Int?

        public init(ruleId: String, level: String, message: String, file: String?, line: Int?) {
            self.ruleId = ruleId
            self.level = level
            self.message = message
            self.file = file
            self.line = line
        }
    }

    public var toolName: String
    /// (id, short description) of each rule.
    public var rules: [(String, String)]
    public var results: [Result]
    /// Where the tool is documented (`tool.driver.informationUri`).
    public var informationUri: String?

    public init(toolName: String, rules: [(String, String)], results: [Result], informationUri: String? = nil) {
        self.toolName = toolName
        self.informationUri = informationUri
        self.rules = rules
        self.results = results
    }

    public func render() throws -> String {
        let ruleObjects: [[String: Any]] = rules.map { ["id": $0.0, "shortDescription": ["text": $0.1]] }
        let resultObjects: [[String: Any]] = results.map { result in
            var object: [String: Any] = ["ruleId": result.ruleId, "level": result.level, "message": ["text": result.message]]
            if let file = result.file {
                var physical: [String: Any] = ["artifactLocation": ["uri": file]]
                if let line = result.line { physical["region"] = ["startLine": line] }
                object["locations"] = [["physicalLocation": physical]]
            }
            return object
        }
        var driver: [String: Any] = ["name": toolName, "rules": ruleObjects]
        if let informationUri { driver["informationUri"] = informationUri }
        let log: [String: Any] = [
            "version": "2.1.0",
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [["tool": ["driver": driver],
                      "results": resultObjects]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static func level(_ level: ChangeLevel) -> String {
        level == .error ? "error" : level == .warning ? "warning" : "note"
    }
}
