import Foundation
import Testing
@testable import IntegrateCore

/// `integrate install-command`: installs, updates what nobody edited, keeps what a person did.
@Suite struct SlashCommandInstallerTests {
    private func installer(_ project: TestProject, text: String = SlashCommand.text) -> SlashCommandInstaller {
        SlashCommandInstaller(folder: SlashCommandInstaller.userFolder(home: project.home), displayFolder: "~/.claude/commands", text: text)
    }

    private func commandFile(_ project: TestProject) -> URL {
        SlashCommandInstaller.userFolder(home: project.home).appendingPathComponent("integrate.md")
    }

    @Test func theCommandIsInTheFamilyFormat() throws {
        let text = SlashCommand.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "---")
        let end = try #require(lines.dropFirst().firstIndex(of: "---"))
        let frontMatter = lines[1..<end].map(String.init)
        #expect(frontMatter.contains { $0.hasPrefix("description: ") && $0.count > "description: ".count })
        #expect(frontMatter.contains("argument-hint: [project-path]"))
        #expect(text.contains("integrate $ARGUMENTS --format json"))
        for duty in ["`[~]` items", "Field Mappings", "Failure Injection", "Decisions", "outside managed blocks", "Refresh"] {
            #expect(text.contains(duty), "the command does not mention \(duty)")
        }
    }

    @Test func installsIntoTheUserFolderUnderHome() throws {
        let project = try TestProject()
        #expect(SlashCommandInstaller.userFolder(home: RunOptions.homeFolder(environment: ["HOME": project.home.path])).path
            == project.home.appendingPathComponent(".claude/commands").path)
        let action = try installer(project).install()
        #expect(action.action == .installed)
        #expect(try String(contentsOf: commandFile(project), encoding: .utf8) == SlashCommand.text)
        #expect(try installer(project).install().action == .unchanged)
    }

    @Test func aNewVersionReplacesAnUneditedFile() throws {
        let project = try TestProject()
        try installer(project, text: "---\ndescription: old\nargument-hint: [project-path]\n---\nold body\n").install()
        let action = try installer(project).install()
        #expect(action.action == .updated)
        #expect(try String(contentsOf: commandFile(project), encoding: .utf8) == SlashCommand.text)
    }

    @Test func anEditedFileIsNeverOverwritten() throws {
        let project = try TestProject()
        try installer(project, text: "---\ndescription: old\nargument-hint: [project-path]\n---\nold body\n").install()
        let edited = "---\ndescription: mine\nargument-hint: [project-path]\n---\nmy own steps\n"
        try Data(edited.utf8).write(to: commandFile(project))
        #expect(try installer(project).install().action == .kept)
        #expect(try String(contentsOf: commandFile(project), encoding: .utf8) == edited)
        // Once edited, always the person's, even when they later paste the current version back.
        try Data(SlashCommand.text.utf8).write(to: commandFile(project))
        try Data(edited.utf8).write(to: commandFile(project))
        #expect(try installer(project).install().action == .kept)
        #expect(try String(contentsOf: commandFile(project), encoding: .utf8) == edited)
    }

    @Test func aFileThatWasThereBeforeIsThePersons() throws {
        let project = try TestProject()
        let theirs = "---\ndescription: their integrate\n---\nbody\n"
        try FileManager.default.createDirectory(at: commandFile(project).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(theirs.utf8).write(to: commandFile(project))
        let action = try installer(project).install()
        #expect(action.action == .kept)
        #expect(try String(contentsOf: commandFile(project), encoding: .utf8) == theirs)
        #expect(try installer(project).install().action == .kept)
    }

    @Test func aProjectInstallGoesUnderTheProjectsClaudeFolder() throws {
        let project = try TestProject()
        let folder = SlashCommandInstaller.projectFolder(project.root)
        try SlashCommandInstaller(folder: folder, displayFolder: folder.path).install()
        #expect(try project.read(".claude/commands/integrate.md") == SlashCommand.text)
        #expect(project.exists(".claude/commands/.integrate/state.json"))
        #expect(!project.exists(".claude/commands/.integrate/transaction.json"))
    }
}
