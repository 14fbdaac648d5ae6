import Testing
@testable import IntegrateCore

/// `ByteSearch`: the literal search the source, setup and secret passes run on raw bytes.
@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("app.use('/api', router)", ".use(", true),
        ("include_router(orders.router)", "include_router", true),
        ("xx.usx( .use", ".use(", false),           // first byte found twice, whole needle never
        ("abc", "abcd", false),                     // needle longer than the file
        ("", "a", false),
        ("anything", "", true),
        ("tail match: .use(", ".use(", true),       // at the very end
    ])
    func findsALiteralOnlyWhereItOccurs(text: String, needle: String, expected: Bool) {
        #expect(ByteSearch.contains(Array(text.utf8), needle) == expected)
        #expect(ByteSearch.contains(Array(text.utf8), Array(needle.utf8)) == expected)
    }

    /// Invalid UTF-8 around an ASCII needle: the byte answer is the decoded text's answer.
    @Test func agreesWithTheDecodedTextAroundInvalidUTF8() {
        let cases: [[UInt8]] = [
            [0xC3] + Array(".use(".utf8),           // a lead byte cut short before the needle
            Array(".us".utf8) + [0xFF] + Array("e(".utf8),  // an invalid byte inside it
            [0xE2, 0x82] + Array("include(".utf8) + [0x80],
        ]
        for bytes in cases {
            let decoded = String(decoding: bytes, as: UTF8.self)
            for needle in [".use(", "include("] {
                #expect(ByteSearch.contains(bytes, needle) == decoded.contains(needle), "\(bytes) / \(needle)")
            }
        }
    }
}
