import Foundation

/// The last `integrate verify --record` run of a project, kept in `PROJECT/.integrate/verify.json`.
/// `integrate verify` writes it, Phase 5 reads it; the shape lives here so both can use it without
/// IntegrateCore depending on the verifier.
public struct VerificationRecord: Sendable, Hashable, Codable {
    /// Where the record lives, relative to the project root.
    public static let relativePath = ".integrate/verify.json"
    /// The record layout this build writes and reads.
    public static let currentVersion = 1

    public var version: Int
    /// When the run ended, ISO 8601 in UTC (`2026-12-04T02:30:00Z`).
    public var date: String
    public var kind: VerificationKind
    /// The spec or pact files verified, each with the content hash it had then.
    public var sources: [VerificationSource]
    /// Host (and port) of the provider, never the whole URL; nil for an offline `verify pact --spec`.
    public var providerHost: String?
    public var requestsSent: Int
    /// Findings per check id, sorted by check id.
    public var findings: [VerificationCheckCount]
    /// Operations (or pact interactions' operations) with at least one request / checked.
    public var operationsCovered: Int
    public var operationsTotal: Int
    /// Documented responses no request produced, per operation, sorted by operation.
    public var neverSeen: [VerificationNeverSeen]

    public init(date: String, kind: VerificationKind, sources: [VerificationSource], providerHost: String?, requestsSent: Int,
                findings: [VerificationCheckCount], operationsCovered: Int, operationsTotal: Int, neverSeen: [VerificationNeverSeen]) {
        self.version = Self.currentVersion
        self.date = date
        self.kind = kind
        self.sources = sources
        self.providerHost = providerHost
        self.requestsSent = requestsSent
        self.findings = findings.sorted { $0.check < $1.check }
        self.operationsCovered = operationsCovered
        self.operationsTotal = operationsTotal
        self.neverSeen = neverSeen.sorted { $0.operation < $1.operation }
    }

    /// All findings, whatever their check.
    public var findingCount: Int { findings.reduce(0) { $0 + $1.count } }
}

/// What a recorded run verified.
public enum VerificationKind: String, Sendable, Hashable, Codable {
    /// `verify openapi`: generated requests against a running provider.
    case openapi
    /// `verify pact --url`: consumer pacts replayed against a running provider.
    case pact
    /// `verify pact --spec`: pacts checked against the provider's spec, no provider running.
    case pactSpec = "pact-spec"
}

/// A file a recorded run verified against, with its content hash at the time.
public struct VerificationSource: Sendable, Hashable, Codable {
    /// Relative to the project root when inside it, else absolute.
    public var path: String
    /// `ContentHash.of` the file's text when the run read it.
    public var contentHash: String

    public init(path: String, contentHash: String) {
        self.path = path
        self.contentHash = contentHash
    }
}

/// The id of a verify check (`server-error`, `pact-body`, …) as the record names it.
public struct VerificationCheckID: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// How many findings one check had.
public struct VerificationCheckCount: Sendable, Hashable, Codable {
    public var check: VerificationCheckID
    public var count: Int

    public init(check: VerificationCheckID, count: Int) {
        self.check = check
        self.count = count
    }
}

/// Documented statuses of one operation (`METHOD /path`) that no response had.
public struct VerificationNeverSeen: Sendable, Hashable, Codable {
    public var operation: String
    public var statuses: [String]

    public init(operation: String, statuses: [String]) {
        self.operation = operation
        self.statuses = statuses
    }
}
