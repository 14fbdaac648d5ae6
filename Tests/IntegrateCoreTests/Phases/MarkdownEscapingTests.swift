import Foundation
import Testing
@testable import IntegrateCore

/// `Markdown`'s byte-level escaping gives what Foundation's `replacingOccurrences` and
/// `addingPercentEncoding` gave, on every ASCII character and on multi-byte text.
@Suite struct MarkdownEscapingTests {
    static let samples: [String] = [
        "", "plain", "a|b", "||", "line\nbreak", "crlf\r\nend", "`tick`", "e\u{301}`\u{301}x", "a|\u{301}b", "docs/my api.yaml",
        "src/(group)/page.tsx", "ü/日本/ファイル.go", "a#b?c%d", "emoji 🧪|x\n", String((0..<128).map { Character(Unicode.Scalar($0)) }),
    ]

    @Test func cellsEscapePipesAndNewlinesAsFoundationDid() {
        for sample in Self.samples {
            let expected = sample.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            #expect(Markdown.cell(sample) == expected, "\(sample.debugDescription)")
        }
        #expect(Markdown.table(["A", "B|C"], [["x\ny", "z"]]) == "| A | B\\|C |\n|---|---|\n| x y | z |")
    }

    @Test func codeAndLinkPathsMatchFoundation() {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "()")
        for sample in Self.samples {
            #expect(Markdown.linkPath(sample) == (sample.addingPercentEncoding(withAllowedCharacters: allowed) ?? sample), "\(sample.debugDescription)")
            if !sample.isEmpty {
                #expect(Markdown.code(sample) == "`\(sample.replacingOccurrences(of: "`", with: "'"))`", "\(sample.debugDescription)")
            }
        }
        #expect(Markdown.linkPath("docs/my api.yaml") == "docs/my%20api.yaml")
        #expect(Markdown.code(nil) == "—")
    }

    @Test func sectionsLoseOnlyLeadingAndTrailingLineBreaks() {
        for sample in Self.samples + ["\n\n| a |\n\n", "\r\n x \u{2028}", "\n\u{85}", "\n\n"] {
            #expect(LandscapeMergeOutput.trimmingNewlines(sample) == sample.trimmingCharacters(in: .newlines), "\(sample.debugDescription)")
        }
    }

    @Test func dslQuotingReplacesQuotesAndBreaksOnly() {
        #expect(ExportText.dsl("orders api") == "\"orders api\"")
        #expect(ExportText.dsl("say \"hi\"\tnow\n") == "\"say 'hi' now \"")
    }
}
