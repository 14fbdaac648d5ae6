/// Replaces comments with spaces so patterns never match inside them, keeping every other
/// character (and so every line and column) where it was.
///
/// Works on valid UTF-8 and keeps the UTF-16 length (the unit `NSRegularExpression` counts in):
/// a comment character of one UTF-16 unit becomes one space, one of two units two spaces. String
/// literals are followed so that `//` in `"http://host"` or `#` in `"a#b"` is not a comment.
enum CommentBlanker {
    /// The comment syntax of a language.
    struct Syntax: Sendable {
        var slashComments: Bool
        var hashComments: Bool
        /// Python `"""`/`'''` and Swift `"""` strings.
        var tripleQuotes: Bool
        /// JavaScript and Go back-quoted strings.
        var backquotes: Bool
        /// Python docstrings are strings, not comments; they are kept.
        static func of(_ language: Language) -> Syntax {
            switch language {
            case .python: Syntax(slashComments: false, hashComments: true, tripleQuotes: true, backquotes: false)
            case .ruby: Syntax(slashComments: false, hashComments: true, tripleQuotes: false, backquotes: true)
            case .php: Syntax(slashComments: true, hashComments: true, tripleQuotes: false, backquotes: false)
            case .swift: Syntax(slashComments: true, hashComments: false, tripleQuotes: true, backquotes: false)
            case .kotlin, .java: Syntax(slashComments: true, hashComments: false, tripleQuotes: true, backquotes: false)
            case .javascript, .typescript, .go: Syntax(slashComments: true, hashComments: false, tripleQuotes: false, backquotes: true)
            case .csharp: Syntax(slashComments: true, hashComments: false, tripleQuotes: false, backquotes: false)
            }
        }
    }

    private static let slash: UInt8 = 0x2F, star: UInt8 = 0x2A, hash: UInt8 = 0x23, newline: UInt8 = 0x0A
    private static let backslash: UInt8 = 0x5C, quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27
    private static let backquote: UInt8 = 0x60, space: UInt8 = 0x20, carriageReturn: UInt8 = 0x0D

    /// `units` (valid UTF-8) with its comments blanked; the same UTF-16 length as `units`.
    static func blank(_ units: [UInt8], syntax: Syntax) -> [UInt8] {
        let comments = commentRanges(units, syntax: syntax)
        guard !comments.isEmpty else { return units }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var last = 0
        for range in comments {
            output.append(contentsOf: units[last..<range.lowerBound])
            for byte in units[range] {
                switch byte {
                case newline, carriageReturn: output.append(byte)
                case 0x80...0xBF: continue  // continuation byte: its character already has its spaces
                case 0xF0...0xFF: output.append(space); output.append(space)  // two UTF-16 units
                default: output.append(space)
                }
            }
            last = range.upperBound
        }
        output.append(contentsOf: units[last...])
        return output
    }

    /// The byte ranges of the comments in `units`, in order.
    private static func commentRanges(_ units: [UInt8], syntax: Syntax) -> [Range<Int>] {
        let count = units.count
        var index = 0
        var ranges: [Range<Int>] = []
        func wipe(_ from: Int, _ to: Int) {
            if from < to { ranges.append(from..<to) }
        }
        while index < count {
            let unit = units[index]
            let next: UInt8 = index + 1 < count ? units[index + 1] : 0
            if syntax.slashComments && unit == slash && next == slash || syntax.hashComments && unit == hash {
                var end = index
                while end < count && units[end] != newline { end += 1 }
                wipe(index, end)
                index = end
            } else if syntax.slashComments && unit == slash && next == star {
                var end = index + 2
                while end < count && !(units[end] == star && end + 1 < count && units[end + 1] == slash) { end += 1 }
                end = min(count, end + 2)
                wipe(index, end)
                index = end
            } else if unit == quote || unit == apostrophe || (syntax.backquotes && unit == backquote) {
                if syntax.tripleQuotes && next == unit && index + 2 < count && units[index + 2] == unit {
                    index = skipTriple(units, from: index + 3, quote: unit)
                } else {
                    index = skipString(units, from: index + 1, quote: unit, multiline: unit == backquote)
                }
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// The index after the closing quote of a one-line string (an unclosed one ends at the line end).
    private static func skipString(_ units: [UInt8], from start: Int, quote: UInt8, multiline: Bool) -> Int {
        var index = start
        while index < units.count {
            let unit = units[index]
            if unit == backslash { index += 2; continue }
            if unit == quote { return index + 1 }
            if unit == newline && !multiline { return index }
            index += 1
        }
        return units.count
    }

    private static func skipTriple(_ units: [UInt8], from start: Int, quote: UInt8) -> Int {
        var index = start
        while index + 2 < units.count {
            if units[index] == backslash { index += 2; continue }
            if units[index] == quote && units[index + 1] == quote && units[index + 2] == quote { return index + 3 }
            index += 1
        }
        return units.count
    }
}
