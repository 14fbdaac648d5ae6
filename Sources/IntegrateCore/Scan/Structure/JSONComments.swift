/// Removes `//` and `/* */` comments from JSON with comments (.NET's `appsettings.json`,
/// `tsconfig.json`), outside strings, so a commented-out `//"Key": "…"` is not read as a
/// setting. Comment characters become spaces and line breaks stay, so every line keeps its number.
enum JSONComments {
    static func strip(_ text: String) -> String {
        guard text.contains("/") else { return text }
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var inString = false, escaped = false, lineComment = false, blockComment = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            let isBreak = character == "\n" || character == "\r\n" || character == "\r"
            index += 1
            if lineComment {
                if isBreak { lineComment = false }
                out.append(isBreak ? character : " ")
            } else if blockComment {
                if character == "*" && next == "/" {
                    blockComment = false
                    out.append("  ")
                    index += 1
                } else {
                    out.append(isBreak ? character : " ")
                }
            } else if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                out.append(character)
            } else if character == "/" && (next == "/" || next == "*") {
                if next == "/" { lineComment = true } else { blockComment = true }
                out.append("  ")
                index += 1
            } else {
                if character == "\"" { inString = true }
                out.append(character)
            }
        }
        return out
    }
}
