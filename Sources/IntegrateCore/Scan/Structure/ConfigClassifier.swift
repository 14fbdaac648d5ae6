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
            // Settings about a secret, not the secret: `certSecretName`, `TokenLifetimeMinutes`.
            let about = ["NAME", "LIFETIME", "MINUTES", "SECONDS", "HOURS", "DAYS", "TTL", "EXPIRY", "ENABLED"]
            if about.contains(where: upper.hasSuffix) { return nil }
            return .secret
        }
        let endpointSuffixes = ["_URL", "_URI", "_HOST", "_HOSTS", "_ADDR", "_ADDRESS", "_ENDPOINT", "_DSN", "_SERVERS", "_BROKERS"]
        if endpointSuffixes.contains(where: upper.hasSuffix) || ["URL", "URI", "HOST", "DSN"].contains(upper) { return .endpoint }
        if upper.hasPrefix("CONNECTIONSTRINGS_") || upper.hasSuffix("CONNECTIONSTRING") || upper.hasSuffix("CONNECTION_STRING") { return .endpoint }
        if let value, looksLikeEndpoint(value) { return .endpoint }
        return nil
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
