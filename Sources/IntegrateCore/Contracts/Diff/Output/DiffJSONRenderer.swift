import Foundation

/// Machine-readable output: `{"reports":[{base, revision, changes:[{id, level, ...}]}]}`.
public struct DiffJSONRenderer: Sendable {
    public init() {}

    public func render(_ reports: [DiffReport]) throws -> String {
        try StableJSON.encoded(["reports": reports])
    }
}
