import Foundation

/// A configuration key that wires an integration: an env key naming an endpoint or a DSN, or a
/// secret. Secret values are never stored; endpoint values are stored with credentials removed.
public struct ConfigEntry: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// `*_URL`, `*_HOST`, `*_ADDR`, `*_ENDPOINT`, ports and DSNs.
        case endpoint
        /// Keys, tokens, passwords: reported by location only.
        case secret
    }

    public var key: String
    public var kind: Kind
    /// The value with credentials and secrets removed; `nil` for secrets.
    public var value: String?
    /// Component id whose config holds it, when known.
    public var component: String?
    public var evidence: Evidence
    /// `true` when the file itself holds the secret's value (a credential found by its format,
    /// see `SecretFormats`); `nil` when only the key is known and Phase 2 reads its line.
    public var valueInFile: Bool?

    public init(key: String, kind: Kind, value: String?, component: String?, evidence: Evidence, valueInFile: Bool? = nil) {
        self.key = key
        self.kind = kind
        self.value = value
        self.component = component
        self.evidence = evidence
        self.valueInFile = valueInFile
    }
}
