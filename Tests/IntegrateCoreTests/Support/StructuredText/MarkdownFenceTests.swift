import Testing
@testable import IntegrateCore

@Suite struct MarkdownFenceTests {
    /// Which lines of `text` the tracker calls code (fence lines included).
    private func codeLines(_ text: String) -> [Int] {
        var fence = MarkdownFence()
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { fence.consume($0.element) }.map(\.offset)
    }

    @Test func aLongerFenceShowsAShorterOneInside() {
        let text = """
        - [ ] real
        ````markdown
        ```
        - [ ] shown, not an item
        ```
        ## shown, not a heading
        ````
        - [ ] real again
        """
        #expect(codeLines(text) == [1, 2, 3, 4, 5, 6])
    }

    @Test func onlyTheSameCharacterClosesAFence() {
        let text = "~~~\n```\ncode\n~~~\ntext"
        #expect(codeLines(text) == [0, 1, 2, 3])
    }

    @Test func aShorterRunOrALineWithMoreTextDoesNotClose() {
        let text = "````\n```\n```` not a closer\ncode\n````\ntext"
        #expect(codeLines(text) == [0, 1, 2, 3, 4])
    }

    @Test func whatIsNotAFence() {
        // Two backticks, four spaces of indent (indented code, not a fence), inline code with a backtick info string.
        for line in ["``", "    ```", "```a`b", "text ```"] {
            var fence = MarkdownFence()
            let isCode = fence.consume(line)
            #expect(!isCode, "\(line)")
            #expect(!fence.isInside)
        }
        var fence = MarkdownFence()
        let opens = fence.consume("   ~~~ swift")
        #expect(opens && fence.isInside)
        let closes = fence.consume("  ~~~~  ")
        #expect(closes && !fence.isInside)
    }
}
