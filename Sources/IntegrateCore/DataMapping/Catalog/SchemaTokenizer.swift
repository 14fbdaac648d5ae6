/// Splits IDL text (`.proto`, GraphQL SDL) into words, quoted strings and single-character
/// symbols, each with its 1-based line; comments are dropped (`//` and `/* */`, or `#` for SDL).
struct SchemaTokenizer {
    struct Token: Equatable {
        enum Kind: Equatable { case word, string, symbol }
        var kind: Kind
        var text: String
        var line: Int
    }

    /// Whether `#` starts a comment (GraphQL) rather than being a symbol.
    var hashComments = false

    func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        let chars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        func isWord(_ c: Unicode.Scalar) -> Bool {
            CharacterSetLite.isWordCharacter(c)
        }
        while index < chars.count {
            let c = chars[index]
            if c == "\n" { line += 1; index += 1; continue }
            if c == " " || c == "\t" || c == "\r" || c == "," && hashComments { index += 1; continue }
            if hashComments && c == "#" || !hashComments && c == "/" && index + 1 < chars.count && chars[index + 1] == "/" {
                while index < chars.count && chars[index] != "\n" { index += 1 }
                continue
            }
            if !hashComments && c == "/" && index + 1 < chars.count && chars[index + 1] == "*" {
                index += 2
                while index + 1 < chars.count && !(chars[index] == "*" && chars[index + 1] == "/") {
                    if chars[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
                continue
            }
            if c == "\"" || c == "'" {
                let start = line
                let block = hashComments && index + 2 < chars.count && chars[index + 1] == "\"" && chars[index + 2] == "\""
                index += block ? 3 : 1
                var value = ""
                while index < chars.count {
                    let d = chars[index]
                    if block, d == "\"", index + 2 < chars.count, chars[index + 1] == "\"", chars[index + 2] == "\"" { index += 3; break }
                    if !block, d == c { index += 1; break }
                    if !block, d == "\\", index + 1 < chars.count { value.unicodeScalars.append(chars[index + 1]); index += 2; continue }
                    if d == "\n" { line += 1; if !block { index += 1; break } }
                    value.unicodeScalars.append(d)
                    index += 1
                }
                result.append(Token(kind: .string, text: value, line: start))
                continue
            }
            if isWord(c) {
                var value = ""
                while index < chars.count && (isWord(chars[index]) || chars[index] == ".") {
                    value.unicodeScalars.append(chars[index])
                    index += 1
                }
                result.append(Token(kind: .word, text: value, line: line))
                continue
            }
            result.append(Token(kind: .symbol, text: String(c), line: line))
            index += 1
        }
        return result
    }
}

/// ASCII letters, digits, `_` and `-` (negative numbers): the characters of IDL words.
enum CharacterSetLite {
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "-"
    }
}
