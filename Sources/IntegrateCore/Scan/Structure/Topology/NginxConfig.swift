import Foundation

/// The proxy directives and upstream blocks of one nginx config, comments removed.
struct NginxConfig {
    struct Pass: Equatable {
        /// `proxy_pass` or `grpc_pass`.
        var directive: String
        var url: String
        /// The `location` block the directive sits in, when there is one.
        var location: String?
        var line: Int
    }

    private(set) var passes: [Pass] = []
    /// Server addresses (`host:port`) of each `upstream NAME { server …; }` block.
    private(set) var upstreams: [String: [String]] = [:]

    init(text: String) {
        // Statements end at `;`, `{` or `}` (several may share a line, one may span lines);
        // `#` starts a comment up to the end of its line.
        var blocks: [(name: String, argument: String?)] = []
        var words: [String] = []
        var word = ""
        var line = 1
        var firstLine = 1
        var comment = false
        func endWord() {
            if !word.isEmpty { if words.isEmpty { firstLine = line }; words.append(word); word = "" }
        }
        var variable = false
        for character in text {
            let newline = character == "\n" || character == "\r\n"
            if comment { if newline { comment = false; line += 1 }; continue }
            // `${NAME}` (an envsubst template or an nginx variable) is part of its word.
            if variable { word.append(character); if character == "}" { variable = false }; continue }
            if character == "{", word.hasSuffix("$") { word.append(character); variable = true; continue }
            if newline { endWord(); line += 1; continue }
            switch character {
            case "#": endWord(); comment = true
            case " ", "\t", "\r": endWord()
            case "{":
                endWord()
                blocks.append((words.first ?? "", words.dropFirst().last { !["=", "~", "~*", "^~"].contains($0) }))
                words = []
            case "}":
                endWord(); words = []
                if !blocks.isEmpty { blocks.removeLast() }
            case ";":
                endWord()
                statement(words, line: firstLine, blocks: blocks)
                words = []
            default: word.append(character)
            }
        }
    }

    private mutating func statement(_ words: [String], line: Int, blocks: [(name: String, argument: String?)]) {
        guard let directive = words.first, words.count >= 2 else { return }
        if directive == "server", let upstream = blocks.last, upstream.name == "upstream", let name = upstream.argument {
            upstreams[name, default: []].append(words[1])
        } else if directive == "proxy_pass" || directive == "grpc_pass" {
            let location = blocks.last { $0.name == "location" }?.argument
            passes.append(Pass(directive: directive, url: words[1], location: location, line: line))
        }
    }

    /// The URLs a directive sends to: its own, or one per server of the upstream it names.
    /// Empty when the host is an nginx runtime variable (`$upstream`).
    func targets(of pass: Pass) -> [String] {
        let scheme = pass.directive == "grpc_pass" ? "grpc" : "http"
        var url = pass.url
        if !url.contains("://") { url = scheme + "://" + url }
        guard let range = url.range(of: "://") else { return [] }
        let authority = url[range.upperBound...].prefix { $0 != "/" }
        if authority.hasPrefix("$") && !authority.hasPrefix("${") { return [] }
        let host = String(authority.split(separator: ":").first ?? authority)
        guard let servers = upstreams[host] else { return [url] }
        let schemePart = String(url[..<range.upperBound])
        return servers.filter { !$0.hasPrefix("unix:") }.map { schemePart + $0 }
    }
}
