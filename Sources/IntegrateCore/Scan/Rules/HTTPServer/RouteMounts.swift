import Foundation

/// Route prefixes given where one file mounts the routes of another: Express
/// `app.use('/api/orders', require('./routes/orders'))`, FastAPI
/// `app.include_router(orders.router, prefix="/orders")`, Django `path("api/", include("orders.urls"))`.
///
/// Each mount pattern has a `prefix` group and either a `module` group (the mounted module as
/// written) or a `name` group (a variable whose import line names the module). The join runs
/// after the source scan, over the routes of the files the mounts resolve to.
enum RouteMounts {
    /// A mount found in one file.
    struct Mount: Sendable, Hashable {
        var file: String
        var prefix: String
        /// Project-relative path suffixes the mounted module's file may have (`routes/orders.js`).
        var candidates: [String]
        var line: Int
    }

    struct Pattern: Sendable {
        var languages: [Language]
        var keyword: String
        var mount: String
        /// How an imported `name` names its module; `(?<module>…)` and `(?<member>…)` groups,
        /// with `NAME` replaced by the variable.
        var imports: [String]
        var triggering: String
        var nonTriggering: String
    }

    static let patterns: [Pattern] = [
        Pattern(languages: [.javascript, .typescript], keyword: ".use(",
                mount: #"\b\w+\.use\(\s*['"`](?<prefix>/[^'"`\n]*)['"`]\s*,\s*(?:require\(\s*['"](?<module>\.[^'"\n]+)['"]\s*\)|(?<name>\w+)\s*\))"#,
                imports: [#"\bNAME\s*=\s*require\(\s*['"](?<module>\.[^'"\n]+)['"]"#, #"\bimport\s+NAME\s+from\s+['"](?<module>\.[^'"\n]+)['"]"#],
                triggering: "const orders = require('./routes/orders')\napp.use('/api/orders', orders)",
                nonTriggering: "app.use(express.json())"),
        Pattern(languages: [.python], keyword: "include_router",
                mount: #"\.include_router\(\s*(?<name>\w+)(?:\.\w+)?\s*,[^)\n]*?\bprefix\s*=\s*['"](?<prefix>[^'"\n]+)['"]"#,
                imports: [#"^\s*from\s+(?<module>[\w.]+)\s+import\s+(?:[\w\s,]*,\s*)?NAME\b"#, #"^\s*from\s+(?<module>[\w.]+)\s+import\s+\w+\s+as\s+NAME\b"#, #"^\s*import\s+(?<module>[\w.]+)\s+as\s+NAME\b"#],
                triggering: "from .routers import orders\napp.include_router(orders.router, prefix=\"/orders\")",
                nonTriggering: "app.include_router(orders.router)"),
        Pattern(languages: [.python], keyword: "include(",
                mount: #"\b(?:re_)?path\(\s*r?['"](?<prefix>[^'"\n]*)['"]\s*,\s*include\(\s*['"](?<module>[\w.]+)['"]"#,
                imports: [],
                triggering: "urlpatterns = [path(\"api/orders/\", include(\"orders.urls\"))]",
                nonTriggering: "urlpatterns = [path(\"admin/\", admin.site.urls)]"),
    ]

    /// The mounts in one file (comments already blanked in `text`).
    static func mounts(in text: String, path: String, language: Language) -> [Mount] {
        var found: [Mount] = []
        let whole = NSRange(location: 0, length: (text as NSString).length)
        let source = SourceText(units: Array(text.utf16))
        for pattern in patterns where pattern.languages.contains(language) && text.contains(pattern.keyword) {
            guard let regex = try? NSRegularExpression(pattern: pattern.mount, options: [.anchorsMatchLines]) else { continue }
            for match in regex.matches(in: text, range: whole) {
                guard let prefix = RuleEngine.group(match, "prefix", source) else { continue }
                var module = RuleEngine.group(match, "module", source)
                var member: String?
                if module == nil, let name = RuleEngine.group(match, "name", source) {
                    for template in pattern.imports {
                        let importPattern = template.replacingOccurrences(of: "NAME", with: NSRegularExpression.escapedPattern(for: name))
                        guard let importRegex = try? NSRegularExpression(pattern: importPattern, options: [.anchorsMatchLines]),
                              let hit = importRegex.firstMatch(in: text, range: whole) else { continue }
                        module = RuleEngine.group(hit, "module", source)
                        // `from .routers import orders` names a module `orders` inside `.routers`.
                        if template.contains("import\\s+(?:") { member = name }
                        break
                    }
                }
                guard let module else { continue }
                let candidates = Self.candidates(module: module, member: member, from: path, language: language)
                guard !candidates.isEmpty else { continue }
                found.append(Mount(file: path, prefix: RoutePath.normalize("\"\(prefix)\"", leadingSlash: true), candidates: candidates,
                                   line: source.position(of: match.range.location).line))
            }
        }
        return found
    }

    /// File path suffixes a module reference may resolve to.
    static func candidates(module: String, member: String?, from path: String, language: Language) -> [String] {
        let folder = path.split(separator: "/").dropLast().map(String.init)
        if language == .python {
            var parts = module.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            var base: [String] = []
            if module.hasPrefix(".") {
                let dots = module.prefix { $0 == "." }.count
                base = Array(folder.dropLast(max(0, dots - 1)))
                parts = Array(parts.dropFirst(dots)).filter { !$0.isEmpty }
            }
            let modulePath = (base + parts).joined(separator: "/")
            var names = [modulePath + ".py", modulePath + "/__init__.py"]
            if let member { names.insert(modulePath + "/" + member + ".py", at: 0) }
            return names.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
        }
        var parts = folder
        for piece in module.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." { parts = Array(parts.dropLast()); continue }
            parts.append(String(piece))
        }
        let joined = parts.joined(separator: "/")
        return [joined, joined + ".js", joined + ".ts", joined + ".mjs", joined + "/index.js", joined + "/index.ts"]
    }

    /// Inbound routes with the prefixes their files are mounted under joined in front.
    static func join(_ points: [IntegrationPoint], mounts: [Mount]) -> [IntegrationPoint] {
        guard !mounts.isEmpty else { return points }
        let files = Set(points.compactMap { $0.evidence.first?.path })
        var prefixByFile: [String: String] = [:]
        for mount in mounts.sorted(by: { ($0.file, $0.line) < ($1.file, $1.line) }) {
            // A relative Python import resolves from the file; an absolute one from any package root.
            guard let file = mount.candidates.lazy.compactMap({ candidate in
                files.contains(candidate) ? candidate : files.sorted().first { $0.hasSuffix("/" + candidate) }
            }).first, file != mount.file, prefixByFile[file] == nil else { continue }
            prefixByFile[file] = mount.prefix
        }
        return points.map { point in
            guard point.kind == .inboundHTTP || point.kind == .webhook, let file = point.evidence.first?.path, let prefix = prefixByFile[file] else { return point }
            var joined = point
            joined.path = RoutePath.join(prefix, point.path)
            if joined.path?.lowercased().contains("webhook") == true { joined.kind = .webhook }
            return joined
        }
    }
}
