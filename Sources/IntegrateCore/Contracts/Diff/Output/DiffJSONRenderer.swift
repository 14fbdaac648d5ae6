import Foundation

/// Machine-readable output: `{"reports":[{base, revision, changes:[{id, level, ...}]}]}`.
public struct DiffJSONRenderer: Sendable {
    public init() {}

    public func render(_ reports: [DiffReport]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(["reports": reports])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
