import Foundation

/// Reads a point's target expression or a config value: the env keys it refers to and the
/// hosts it names (URLs, service-discovery URLs, `host:port`, connection-string `Host=`).
struct TargetExpression {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    /// Env/config keys referenced: `ORDERS_URL`, `os.environ["X"]`, `process.env.X`,
    /// `Environment.get("X")`, `os.Getenv("X")`, `${X}`, `${x.y:default}`, `f"{X}/..."`.
    var keyReferences: [String] {
        var keys: [String] = []
        func add(_ key: String) { if !key.isEmpty, !keys.contains(key) { keys.append(key) } }
        for match in Self.matches(#"\$?\{([A-Za-z_][A-Za-z0-9_.\-]*)(?::[^}]*)?\}"#, in: text) { add(match[1]) }
        // .NET `GetConnectionString("orders")` reads `ConnectionStrings:orders`.
        for match in Self.matches(#"GetConnectionString\(\s*"([^"]+)"\s*\)"#, in: text) { add("ConnectionStrings:" + match[1]) }
        for match in Self.matches(#"["']([A-Z][A-Z0-9_]*[A-Z0-9])["']"#, in: text) { add(match[1]) }
        for match in Self.matches(#"(?:env|ENV|environ)\.([A-Z][A-Z0-9_]*[A-Z0-9])"#, in: text) { add(match[1]) }
        for match in Self.matches(#"\b([A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9])\b"#, in: text) { add(match[1]) }
        // Mixed-case config keys read by name: `configuration["IdentityUrl"]`,
        // `GetValue<string>("urls:orders")`, `getProperty("orders.url")`, `@Value("${orders.url}")`.
        for match in Self.matches(#"[\[(]\s*["']([A-Za-z][A-Za-z0-9_.:\-]*[A-Za-z0-9])["']"#, in: text) { add(match[1]) }
        // Options and settings members: `_settings.Value.PurchaseUrl`, `Urls.GrpcBasket`.
        for match in Self.matches(#"\.([A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+)\b"#, in: text) { add(match[1]) }
        // Variables named after the key they were read from: `ordersURL`, `ordersUrl`,
        // `orders_url` -> `ORDERS_URL` (tried last; only keys present in config match).
        for match in Self.matches(#"\b([a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)\b"#, in: text) {
            let snake = Self.upperSnake(match[1])
            if snake.contains("_") { add(snake) }
        }
        return keys
    }

    /// Literal fallbacks written next to an env or config read: `env.X || "orders"`,
    /// `env.X ?? "orders"`, `getenv("X") ?: "…"`, `os.getenv("X", "orders")`, `X or "orders"`,
    /// `${X:-orders}`, `@Value("${x:orders}")`, `getOrDefault("X", "orders")`.
    var defaults: [String] {
        var found: [String] = []
        func add(_ value: String) { if !value.isEmpty, !found.contains(value) { found.append(value) } }
        for match in Self.matches(#"(?:\|\||\?\?|\?:|\bor\b)\s*["'`]([^"'`\n]+)["'`]"#, in: text) { add(match[1]) }
        for match in Self.matches(#"(?i)(?:getenv|environ\.get|env\.get|getOrDefault|getProperty|GetValue(?:<\w+>)?|LookupEnv|get)\(\s*["'][^"'\n]+["']\s*,\s*["'`]([^"'`\n]+)["'`]"#, in: text) { add(match[1]) }
        for match in Self.matches(#"\$\{[A-Za-z_][A-Za-z0-9_.\-]*:-?([^}\s]+)\}"#, in: text) { add(match[1]) }
        return found
    }

    /// Hostnames named, lowercased, in order of appearance. A bare word (`orders`,
    /// `api.example.com`) counts only when nothing else names a host.
    var hosts: [String] { hosts(bare: true) }

    /// Hosts the text names for sure: in a URL, `host:port`, `Host=`, or a quoted literal that
    /// is a hostname. A bare `config.url` in code is an expression, not a host.
    var explicitHosts: [String] {
        let quoted = text.range(of: #"^["'`].*["'`]$"#, options: .regularExpression) != nil
        return hosts(bare: quoted)
    }

    private func hosts(bare allowBare: Bool) -> [String] {
        var hosts: [String] = []
        func add(_ host: String) {
            let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".[]"))
            if !host.isEmpty, !hosts.contains(host) { hosts.append(host) }
        }
        var rest = text
        for match in Self.matches(#"[A-Za-z][A-Za-z0-9+.\-:]*://([^\s"'`/?#),;]+)"#, in: text) {
            add(Self.hostOfAuthority(match[1]))
            rest = rest.replacingOccurrences(of: match[0], with: " ")
        }
        for match in Self.matches(#"(?i)\b(?:host|server|data source|address)\s*=\s*([A-Za-z0-9.\-]+)"#, in: rest) { add(match[1]) }
        for match in Self.matches(#"(?<![A-Za-z0-9.\-/@])([A-Za-z][A-Za-z0-9.\-]*):([0-9]{2,5})\b"#, in: rest) { add(match[1]) }
        let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: "\"'` "))
        if allowBare, hosts.isEmpty, bare.range(of: #"^[a-z][a-z0-9\-]*(\.[a-z0-9\-]+)*$"#, options: .regularExpression) != nil { add(bare) }
        return hosts
    }

    /// The URL scheme (`http`, `postgres`, `lb`, `https+http`), when the text holds a URL.
    var scheme: String? {
        Self.matches(#"([A-Za-z][A-Za-z0-9+.\-:]*)://"#, in: text).first.map { $0[1].lowercased() }
    }

    /// A config key compared across spellings: `urls__grpcBasket`, `Urls:GrpcBasket`,
    /// `URLS_GRPC_BASKET` and `urls.grpc-basket` are one key.
    static func normalizedKey(_ key: String) -> String {
        String(key.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// The last segment of a hierarchical key (`urls:grpcBasket`, `urls__grpcBasket`,
    /// `orders.api.url` stays whole: dots are part of Spring-style names).
    static func lastSegment(_ key: String) -> String {
        if let range = key.range(of: "__", options: .backwards) { return String(key[range.upperBound...]) }
        if let colon = key.lastIndex(of: ":") { return String(key[key.index(after: colon)...]) }
        return key
    }

    /// `ordersBaseURL` -> `ORDERS_BASE_URL`, `orders_url` -> `ORDERS_URL`.
    static func upperSnake(_ name: String) -> String {
        var result = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { result.append("_") }
            }
            result.append(character)
        }
        return result.uppercased()
    }

    /// A string literal with a path and no host (`"/orders"`, `$"rates?order={id}"`): a call
    /// relative to a base address set elsewhere.
    var isRelativeLiteral: Bool {
        text.range(of: #"^[$@fr]?["'`]"#, options: .regularExpression) != nil && !text.contains("://") && hosts.isEmpty
    }

    static func hostOfAuthority(_ authority: String) -> String {
        var host = Substring(authority)
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") { return String(host.prefix { $0 != "]" }.dropFirst()) }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        return String(host)
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { result in
            (0..<result.numberOfRanges).map { index in
                Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }
}
