import Foundation
import Testing
@testable import IntegrateCore

@Suite struct ArtifactComposerTests {
    let layout = TemplateDocument.ArtifactLayout(file: "doc.md", title: "Doc", sections: [
        .init(title: "First", guidance: "Say first things."), .init(title: "Second", guidance: ""),
    ])

    func sections(_ first: String, _ second: String) -> [Section] {
        [Section(file: "doc.md", title: "Second", markdown: second), Section(file: "doc.md", title: "First", markdown: first)]
    }

    @Test func freshDocumentFollowsTheTemplateOrder() throws {
        let composed = try ArtifactComposer(layout: layout).compose(existing: nil, sections: sections("1", "2"), previouslyWritten: [], path: "doc.md")
        #expect(composed.blocks == ["doc.first", "doc.second"])
        #expect(composed.text.contains("## First\n\n_Say first things._\n\n<!-- integrate:begin doc.first -->\n1\n<!-- integrate:end doc.first -->\n\n## Second"))
    }

    @Test func aBlockThePersonDeletedStaysDeletedUnlessRestored() throws {
        let composer = ArtifactComposer(layout: layout)
        let first = try composer.compose(existing: nil, sections: sections("1", "2"), previouslyWritten: [], path: "doc.md").text
        let edited = first.replacingOccurrences(of: "<!-- integrate:begin doc.second -->\n2\n<!-- integrate:end doc.second -->\n", with: "I replaced this.\n")
        let again = try composer.compose(existing: edited, sections: sections("1b", "2b"), previouslyWritten: ["doc.first", "doc.second"], path: "doc.md")
        #expect(again.text == edited.replacingOccurrences(of: "\n1\n", with: "\n1b\n"))
        let restored = try ArtifactComposer(layout: layout, restoreDeleted: true)
            .compose(existing: edited, sections: sections("1b", "2b"), previouslyWritten: ["doc.first", "doc.second"], path: "doc.md")
        #expect(restored.text.contains("I replaced this.\n\n<!-- integrate:begin doc.second -->\n2b\n"))
    }
}
