import Foundation
import Testing
@testable import IntegrateCore

@Suite struct PreviousLandscapeTests {
    let landscape = ".claude/integrations/.integrate/landscape.json"

    @Test func aCorruptLandscapeIsNamedInTheNotesAndRewritten() throws {
        let project = try TestProject.sample()
        try project.run()
        try project.write(landscape, "{ \"components\": [")
        let report = try project.run(today: "2026-12-24")
        let note = try #require(report.notes.first { $0.contains("landscape.json") })
        #expect(note.contains("the changelog compares with nothing this time"))
        #expect(report.changedFiles.contains { $0.hasSuffix("landscape.json") })
        #expect(try project.read(landscape).hasPrefix("{\n"))
    }

    @Test func aValidLandscapeGivesNoNote() throws {
        let project = try TestProject.sample()
        try project.run()
        let report = try project.run(today: "2026-12-24")
        #expect(!report.notes.contains { $0.contains("landscape.json") })
    }
}
