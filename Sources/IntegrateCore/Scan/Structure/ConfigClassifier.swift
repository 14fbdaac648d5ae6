import Foundation

/// Decides whether a configuration key names an endpoint or a secret, and removes credentials
/// from endpoint values so they can be shown.
enum ConfigClassifier {
    /// `.secret`, `.endpoint`, or `nil` for keys that wire nothing (log levels, feature flags).
    static func classify(key: String, value: String?) -> ConfigEntry.Kind? {
        let upper = key.uppercased().replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: ":", with: "_")
            .replacingOccurrences(of: "-", with: "_")
        let secretMarkers = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "CREDENTIAL", "PRIVATE_KEY", "APIKEY"]
        if secretMarkers.contains(where: upper.contains) || upper.hasSuffix("_KEY") || upper == "KEY" {
            // Settings about a secret, not the secret: `certSecretName`, `TokenEnabled`; quantities
            // (`TokenLifetimeMinutes: 60`) below.
            let about = ["NAME", "ENABLED"]
            if about.contains(where: upper.hasSuffix) { return nil }
            return isSettingAboutSecret(key, value: value) ? nil : .secret
        }
        let endpointSuffixes = ["_URL", "_URI", "_HOST", "_HOSTS", "_ADDR", "_ADDRESS", "_ENDPOINT", "_DSN", "_SERVERS", "_BROKERS"]
        if endpointSuffixes.contains(where: upper.hasSuffix) || ["URL", "URI", "HOST", "DSN"].contains(upper) { return .endpoint }
        if upper.hasPrefix("CONNECTIONSTRINGS_") || upper.hasSuffix("CONNECTIONSTRING") || upper.hasSuffix("CONNECTION_STRING") { return .endpoint }
        if let value, looksLikeEndpoint(value) { return .endpoint }
        return nil
    }

    /// Words that make a secret-like key a quantity about the secret (`TokenLifetimeMinutes`,
    /// `PASSWORD_MIN_LENGTH`, `JWT_EXPIRY_SECONDS`), not the secret itself.
    static let quantityWords: Set<String> = ["LIFETIME", "EXPIRY", "EXPIRES", "EXPIRE", "EXPIRATION", "TTL", "TIMEOUT", "DURATION", "AGE",
                                             "MINUTE", "MINUTES", "SECOND", "SECONDS", "HOUR", "HOURS", "DAY", "DAYS", "MS",
                                             "LENGTH", "SIZE", "COUNT", "ATTEMPTS", "INTERVAL"]

    /// Whether a secret-like key names a quantity and its value, when written, is a number or a
    /// duration (`60`, `00:30:00`, `15m`): such a setting reveals nothing.
    static func isSettingAboutSecret(_ key: String, value: String?) -> Bool {
        guard words(key).contains(where: quantityWords.contains) else { return false }
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty, !value.hasPrefix("$") else { return true }
        let digits = value.contains(where: \.isNumber) && value.allSatisfy { $0.isNumber || ".:".contains($0) }
        let unit = value.last.map { "smhd".contains($0) } == true && value.dropLast().allSatisfy(\.isNumber) && value.count > 1
        return digits || unit
    }

    /// The words of a key, upper-cased: `TokenLifetimeMinutes` and `TOKEN_LIFETIME_MINUTES` both
    /// give `TOKEN`, `LIFETIME`, `MINUTES`.
    static func words(_ key: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in key {
            if !character.isLetter && !character.isNumber {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                if character.isUppercase, let previous, previous.isLowercase || previous.isNumber, !current.isEmpty {
                    words.append(current)
                    current = ""
                }
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.uppercased() }
    }

    /// A URL (`scheme://...`), a DSN-like value, or a key/value connection string that names its
    /// server (`Server=db;Database=x`, `Host=db;Port=5432;…`, also as a `${VAR:-…}` default).
    static func looksLikeEndpoint(_ value: String) -> Bool {
        if value.range(of: #"(?i)(?:^|[;{\-]|:-)\s*(?:server|data source|host)\s*=\s*[^;=\s]+\s*;"#, options: .regularExpression) != nil {
            return true
        }
        guard let range = value.range(of: "://") else { return false }
        let scheme = value[..<range.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }

    /// The value with user info, password query items and `Password=` parts removed:
    /// `postgres://user:pass@db/x` -> `postgres://db/x`, `root:pw@tcp(db:3306)/x` -> `tcp(db:3306)/x`.
    static func redact(_ value: String) -> String {
        var result = value
        if let schemeEnd = result.range(of: "://") {
            let afterScheme = result[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex(where: { "/?#".contains($0) }) ?? result.endIndex
            if let at = result[schemeEnd.upperBound..<authorityEnd].lastIndex(of: "@") {
                result.removeSubrange(schemeEnd.upperBound...at)
            }
        } else if let at = result.firstIndex(of: "@"), !result[..<at].contains(where: \.isWhitespace) {
            // DSNs without a scheme: `user:pass@tcp(db:3306)/app`, `jdbc:oracle:thin:user/pass@db:1521`.
            result.removeSubrange(...at)
        }
        if let query = result.firstIndex(of: "?") {
            let items = result[result.index(after: query)...].split(separator: "&").filter { item in
                classify(key: String(item.split(separator: "=").first ?? ""), value: nil) != .secret
            }
            result = String(result[..<query]) + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
        if result.contains(";") && result.contains("=") {
            let parts = result.split(separator: ";", omittingEmptySubsequences: false).filter { part in
                let key = part.split(separator: "=").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                // `AccountKey=`, `SharedAccessKey=`, `SharedAccessSignature=`: credentials of
                // cloud connection strings, whatever their spelling.
                let upper = key.uppercased()
                return ["USER ID", "UID", "USERNAME", "USER"].contains(upper) == false
                    && !upper.hasSuffix("KEY") && !upper.contains("SIGNATURE")
                    && classify(key: key, value: nil) != .secret
            }
            result = parts.joined(separator: ";")
        }
        return result
    }

    /// A config entry for `key = value`, or `nil` when the key wires nothing.
    static func entry(key: String, value: String?, component: String?, path: String, line: Int) -> ConfigEntry? {
        guard let kind = classify(key: key, value: value) else { return nil }
        var shown = kind == .secret ? nil : value.map(redact)
        // A webhook URL's path is its credential (`hooks.slack.com/services/T0/B0/XXXX`):
        // only the scheme and host are shown.
        if key.uppercased().contains("WEBHOOK"), let url = shown, let schemeEnd = url.range(of: "://") {
            let host = url[schemeEnd.upperBound...].prefix { !"/?#".contains($0) }
            shown = String(url[..<schemeEnd.upperBound]) + String(host)
        }
        let snippet = kind == .secret ? "\(key)=***" : "\(key)=\(shown ?? "")"
        return ConfigEntry(key: key, kind: kind, value: shown, component: component,
                           evidence: Evidence(path: path, line: line, snippet: snippet))
    }
}
