import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ManagedDocumentTests {
    let text = """
        # Title
        My intro, kept.

        ## Components

        <!-- integrate:begin a.components -->
        old
        <!-- integrate:end a.components -->

        My note after the block.\r
        ## Other
        """

    @Test func replacingABlockKeepsEveryOtherByte() throws {
        var document = try ManagedDocument(text: text, path: "a.md")
        let replaced = document.replace(id: "a.components", markdown: "new\nlines\n")
        #expect(replaced)
        #expect(document.text == text.replacingOccurrences(of: "old\n", with: "new\nlines\n"))
    }

    @Test func insertsAMissingBlockAtTheEndOfItsHeadingsSection() throws {
        var document = try ManagedDocument(text: "# T\n\n## Flows\n\nmine\n\n## Next\n", path: "a.md")
        document.insert(id: "a.flows", markdown: "gen", underHeading: "Flows")
        #expect(document.text == "# T\n\n## Flows\n\nmine\n\n<!-- integrate:begin a.flows -->\ngen\n<!-- integrate:end a.flows -->\n\n## Next\n")
    }

    @Test func aHeadingShownInsideANestedFenceIsNotASectionEnd() throws {
        // The person's notes show a Markdown sample: a ```` fence around a ``` fence and a `## Next` line.
        let mine = "# T\n\n## Flows\n\n````md\n```\n## Next\n```\n````\n\n## Next\n"
        var document = try ManagedDocument(text: mine, path: "a.md")
        document.insert(id: "a.flows", markdown: "gen", underHeading: "Flows")
        #expect(document.text == "# T\n\n## Flows\n\n````md\n```\n## Next\n```\n````\n\n<!-- integrate:begin a.flows -->\ngen\n<!-- integrate:end a.flows -->\n\n## Next\n")
    }

    @Test func appendsUnderANewHeadingWhenTheHeadingIsGone() throws {
        var document = try ManagedDocument(text: "# T\nmine", path: "a.md")
        document.insert(id: "a.flows", markdown: "gen", underHeading: "Flows")
        #expect(document.text == "# T\nmine\n\n## Flows\n\n<!-- integrate:begin a.flows -->\ngen\n<!-- integrate:end a.flows -->\n")
    }

    @Test(arguments: [
        ("<!-- integrate:begin x -->\ntext\n", "a.md:1: error: managed block `x` has no `integrate:end` marker"),
        ("a\n<!-- integrate:end x -->\n", "a.md:2: error: `integrate:end x` has no matching begin marker"),
        ("<!-- integrate:begin x -->\n<!-- integrate:begin y -->\n", "a.md:2: error: managed block `y` begins inside block `x` (opened at line 1); blocks cannot nest"),
        ("<!-- integrate:begin x -->\n<!-- integrate:end x -->\n<!-- integrate:begin x -->\n<!-- integrate:end x -->\n", "a.md:3: error: managed block `x` appears twice"),
    ])
    func brokenMarkersAreErrorsWithTheirLine(text: String, message: String) {
        #expect(throws: IntegrateError.self) { try ManagedDocument(text: text, path: "a.md") }
        do {
            _ = try ManagedDocument(text: text, path: "a.md")
        } catch {
            #expect("\(error)" == message)
        }
    }
}
