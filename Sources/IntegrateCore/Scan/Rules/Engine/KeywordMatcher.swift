/// Finds which of many literal keywords occur in a byte buffer, in one pass (Aho-Corasick).
///
/// The transition table is dense (256 entries per state) and compact (`UInt16`, the top bit
/// marking states that complete a keyword), so the inner loop is one small array read per byte.
/// Keywords are matched case-sensitively, as written in the rules.
struct KeywordMatcher: Sendable {
    let keywords: [String]
    private let table: [UInt16]
    /// Keyword indices completed at each state (including those reached through failure links).
    private let outputs: [[Int32]]
    private let overflows: Bool

    init(keywords: [String]) {
        self.keywords = keywords
        var goto: [[Int32]] = [Array(repeating: -1, count: 256)]
        var out: [[Int32]] = [[]]
        for (index, keyword) in keywords.enumerated() {
            var state = 0
            for byte in keyword.utf8 {
                let next = goto[state][Int(byte)]
                if next >= 0 {
                    state = Int(next)
                } else {
                    goto.append(Array(repeating: -1, count: 256))
                    out.append([])
                    goto[state][Int(byte)] = Int32(goto.count - 1)
                    state = goto.count - 1
                }
            }
            out[state].append(Int32(index))
        }
        var fail = Array(repeating: 0, count: goto.count)
        var table = Array(repeating: Int32(0), count: goto.count * 256)
        var queue: [Int] = []
        for byte in 0..<256 {
            let next = goto[0][byte]
            if next >= 0 {
                table[byte] = next
                fail[Int(next)] = 0
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            out[state] += out[fail[state]]
            for byte in 0..<256 {
                let next = goto[state][byte]
                if next >= 0 {
                    fail[Int(next)] = Int(table[fail[state] * 256 + byte])
                    table[state * 256 + byte] = next
                    queue.append(Int(next))
                } else {
                    table[state * 256 + byte] = table[fail[state] * 256 + byte]
                }
            }
        }
        // Beyond 32,767 states the compact table cannot hold them: every keyword is then taken as
        // present, which only costs speed (the patterns still decide).
        overflows = goto.count >= 0x8000
        self.table = overflows ? [] : table.map { next in UInt16(next) | (out[Int(next)].isEmpty ? 0 : 0x8000) }
        outputs = out
    }

    /// Indices of the keywords that occur in `bytes`, as a bit set over `keywords`.
    func present(in bytes: UnsafeBufferPointer<UInt8>) -> KeywordSet {
        var found = KeywordSet(count: keywords.count)
        guard !keywords.isEmpty else { return found }
        if overflows {
            for index in keywords.indices { found.insert(index) }
            return found
        }
        table.withUnsafeBufferPointer { table in
            var state = 0
            for byte in bytes {
                let entry = table[state &<< 8 | Int(byte)]
                state = Int(entry & 0x7FFF)
                if entry & 0x8000 != 0 { for hit in outputs[state] { found.insert(Int(hit)) } }
            }
        }
        return found
    }
}

/// A fixed-size bit set of keyword indices.
struct KeywordSet: Sendable {
    private var words: [UInt64]

    init(count: Int) {
        words = Array(repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ index: Int) {
        words[index >> 6] |= 1 << UInt64(index & 63)
    }

    func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    var isEmpty: Bool { words.allSatisfy { $0 == 0 } }
}
