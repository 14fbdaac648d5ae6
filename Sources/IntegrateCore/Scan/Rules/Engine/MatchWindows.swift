import Foundation

/// The parts of a text a pattern can match in, so the pattern runs there instead of over the
/// whole text (where `NSRegularExpression` tries a match at nearly every letter of a pattern that
/// starts with a name, which cost a fifth of a scan).
///
/// Every match of the pattern holds one of `anchors` (a literal), and before the first anchor it
/// holds only characters of the `before` class; after it, the match ends where `end` says. A
/// window is the stretch around each anchor occurrence: left over `before` characters, right to
/// the end, plus one character on the left so look-behinds see what precedes. Overlapping
/// windows are merged. A match found in a window is then the match a run over the whole text
/// finds: no match can start between windows, none can reach past its window's end, and the
/// character added on the left can start none. Characters outside ASCII count as members of every
/// class (`\w` and `\s` take some of them), which only widens windows.
struct MatchWindows: Sendable {
    /// Where a match that holds an anchor at some offset must have ended.
    enum End: Sendable {
        /// `=` then blanks (line breaks too) then a value up to a line end or `;`.
        case assignment
        /// A value up to a line end, `,`, `;`, `{` or `}`, from the anchor on.
        case fieldValue
        /// A quote, identifier characters, `.`, `:` or `-`, the closing quote, blanks, one more.
        case quotedArgument
    }

    private let anchors: [[UInt16]]
    private let isAnchorStart: [Bool]
    private let isBefore: [Bool]
    private let end: End

    /// - Parameters:
    ///   - anchors: ASCII literals; every match holds one.
    ///   - before: ASCII characters a match may hold before its first anchor, besides letters,
    ///     digits, `_` and blanks (which it always may).
    init(anchors: [String], before: String, end: End) {
        self.anchors = anchors.map { Array($0.utf16) }
        var starts = Array(repeating: false, count: 128)
        for anchor in self.anchors { if let first = anchor.first, first < 128 { starts[Int(first)] = true } }
        isAnchorStart = starts
        var members = Array(repeating: false, count: 128)
        for unit in before.utf16 where unit < 128 { members[Int(unit)] = true }
        for unit in 0..<128 where Self.isWord(UInt16(unit)) || Self.isBlank(UInt16(unit)) { members[unit] = true }
        isBefore = members
        self.end = end
    }

    /// The windows of `units` (a text's UTF-16), merged, in order; empty when no anchor occurs.
    func ranges(in units: [UInt16]) -> [NSRange] {
        var result: [NSRange] = []
        var start = -1, stop = -1
        units.withUnsafeBufferPointer { text in
            for index in 0..<text.count {
                let unit = text[index]
                guard unit < 128, isAnchorStart[Int(unit)], anchors.contains(where: { anchor in
                    index + anchor.count <= text.count && anchor.indices.allSatisfy { text[index + $0] == anchor[$0] }
                }) else { continue }
                var low = index
                while low > 0, text[low - 1] >= 128 || isBefore[Int(text[low - 1])] { low -= 1 }
                let high = max(bound(text, anchorAt: index), index + 1)
                if start >= 0, low <= stop {
                    stop = max(stop, high)
                } else {
                    if start >= 0 { result.append(NSRange(location: start, length: stop - start)) }
                    start = max(0, low - 1)
                    stop = high
                }
            }
        }
        if start >= 0 { result.append(NSRange(location: start, length: stop - start)) }
        return result
    }

    /// The matches of `regex` in `text`: in its windows when `units` (its UTF-16) are given.
    func matches(of regex: NSRegularExpression, in text: String, units: [UInt16]) -> [NSTextCheckingResult] {
        ranges(in: units).flatMap { regex.matches(in: text, range: $0) }
    }

    /// The offset a match holding an anchor at `offset` cannot reach (exclusive).
    private func bound(_ text: UnsafeBufferPointer<UInt16>, anchorAt offset: Int) -> Int {
        var index = offset
        switch end {
        case .assignment:
            index += 1
            while index < text.count, Self.isBlank(text[index]) { index += 1 }
            while index < text.count, text[index] != 0x0A, text[index] != 0x3B { index += 1 }
        case .fieldValue:
            fieldValue: while index < text.count {
                switch text[index] {
                case 0x0A, 0x2C, 0x3B, 0x7B, 0x7D: break fieldValue
                default: index += 1
                }
            }
        case .quotedArgument:
            index += 1
            while index < text.count, Self.isWord(text[index]) || text[index] == 0x2E || text[index] == 0x3A || text[index] == 0x2D { index += 1 }
            index += 1
            while index < text.count, Self.isBlank(text[index]) { index += 1 }
            index += 1
        }
        return min(index, text.count)
    }

    /// `\w` for ASCII; every other character may be one.
    static func isWord(_ unit: UInt16) -> Bool {
        unit >= 0x80 || (0x30...0x39).contains(unit) || (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) || unit == 0x5F
    }

    /// `\s` for ASCII; every other character may be one.
    static func isBlank(_ unit: UInt16) -> Bool { unit >= 0x80 || (0x09...0x0D).contains(unit) || unit == 0x20 }
}
