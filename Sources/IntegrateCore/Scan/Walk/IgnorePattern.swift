/// One line of a `.gitignore`-style file: `!` negation, trailing `/` for folders only, a `/`
/// inside anchoring it to the file's folder, and `*`, `?`, `[...]`, `**` globs.
struct IgnorePattern: Sendable, Hashable {
    let negated: Bool
    let directoryOnly: Bool
    /// Anchored patterns match the whole path from the ignore file's folder; others match any
    /// path segment's name.
    let anchored: Bool
    let segments: [[UInt8]]

    /// Parses one line, or `nil` for blank lines and comments.
    init?(line: Substring) {
        var text = line
        if text.hasSuffix("\r") { text = text.dropLast() }
        while text.hasSuffix(" ") && !text.hasSuffix("\\ ") { text = text.dropLast() }
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        var negated = false
        if text.hasPrefix("!") {
            negated = true
            text = text.dropFirst()
        } else if text.hasPrefix("\\!") || text.hasPrefix("\\#") {
            text = text.dropFirst()
        }
        var directoryOnly = false
        while text.hasSuffix("/") {
            directoryOnly = true
            text = text.dropLast()
        }
        guard !text.isEmpty else { return nil }
        let anchored = text.contains("/")
        while text.hasPrefix("/") { text = text.dropFirst() }
        guard !text.isEmpty else { return nil }
        self.negated = negated
        self.directoryOnly = directoryOnly
        self.anchored = anchored
        segments = text.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
    }

    /// Whether the pattern matches `path` (segments relative to the ignore file's folder).
    func matches(_ path: [[UInt8]], isDirectory: Bool) -> Bool {
        if directoryOnly && !isDirectory { return false }
        guard let name = path.last else { return false }
        if !anchored { return Glob.match(segments[0], name) }
        return Self.match(segments[...], path[...])
    }

    private static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == Array("**".utf8) {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return !path.isEmpty }
            var tail = path
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let name = path.first, Glob.match(head, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }
}

/// Matching of one path segment against one glob segment (`*`, `?`, `[a-z]`, `[!x]`, `\` escapes).
enum Glob {
    static func match(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        match(pattern, 0, name, 0)
    }

    private static func match(_ pattern: [UInt8], _ start: Int, _ name: [UInt8], _ nameStart: Int) -> Bool {
        var p = start, n = nameStart
        var starP = -1, starN = 0
        while n < name.count {
            if p < pattern.count {
                let c = pattern[p]
                if c == UInt8(ascii: "*") {
                    while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
                    starP = p
                    starN = n
                    continue
                }
                if c == UInt8(ascii: "?") {
                    p += 1; n += 1; continue
                }
                if c == UInt8(ascii: "["), let (matched, next) = bracket(pattern, p, name[n]) {
                    if matched { p = next; n += 1; continue }
                } else {
                    var literal = c
                    var next = p + 1
                    if c == UInt8(ascii: "\\"), p + 1 < pattern.count { literal = pattern[p + 1]; next = p + 2 }
                    if literal == name[n] { p = next; n += 1; continue }
                }
            }
            guard starP >= 0 else { return false }
            starN += 1
            n = starN
            p = starP
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    /// Whether `byte` is in the bracket expression starting at `start`, and the index after it;
    /// `nil` for an unclosed bracket (then `[` is literal).
    private static func bracket(_ pattern: [UInt8], _ start: Int, _ byte: UInt8) -> (Bool, Int)? {
        var index = start + 1
        var negate = false
        if index < pattern.count && (pattern[index] == UInt8(ascii: "!") || pattern[index] == UInt8(ascii: "^")) {
            negate = true
            index += 1
        }
        var matched = false
        var first = true
        while index < pattern.count && (first || pattern[index] != UInt8(ascii: "]")) {
            first = false
            let low = pattern[index]
            if index + 2 < pattern.count && pattern[index + 1] == UInt8(ascii: "-") && pattern[index + 2] != UInt8(ascii: "]") {
                if low <= byte && byte <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if low == byte { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negate, index + 1)
    }
}
