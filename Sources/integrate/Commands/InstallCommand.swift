import ArgumentParser
import Foundation
import IntegrateCore

/// `integrate install-command [--user | --project PATH]`: installs the `/integrate` slash command.
struct InstallCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-command",
        abstract: "Install the /integrate slash command for Claude Code.",
        discussion: """
            Writes integrate.md into ~/.claude/commands/ (--user, the default) or into \
            <project>/.claude/commands/ (--project PATH). The command runs `integrate --format json` \
            and has the agent finish what needs judgment, outside managed blocks. A command file \
            you edited (or wrote yourself) is never overwritten; delete it to get the current one.
            """)

    @Flag(name: .long, help: "Install for every project: ~/.claude/commands/ ($HOME first). The default.")
    var user = false

    @Option(name: .long, help: "Install into this project's .claude/commands/ instead.")
    var project: String?

    func validate() throws {
        if user && project != nil { throw ValidationError("Give either --user or --project, not both.") }
    }

    func run() async throws {
        do {
            let installer: SlashCommandInstaller
            if let project {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: project, isDirectory: &isDirectory) else {
                    throw IntegrateError(.usage, "no such folder", path: project)
                }
                guard isDirectory.boolValue else { throw IntegrateError(.usage, "is a file; give the project's folder", path: project) }
                let folder = SlashCommandInstaller.projectFolder(URL(fileURLWithPath: project))
                installer = SlashCommandInstaller(folder: folder, displayFolder: folder.path)
            } else {
                installer = SlashCommandInstaller(folder: SlashCommandInstaller.userFolder(home: RunOptions.homeFolder()), displayFolder: "~/.claude/commands")
            }
            let action = try installer.install()
            print("\(installer.displayFolder)/\(action.file): \(action.action.rawValue) (\(action.detail))")
        } catch let error as IntegrateError {
            throw exitWith(error)
        }
    }
}
