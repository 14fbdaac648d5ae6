import Foundation

/// Installs the `/integrate` slash command into a Claude Code commands folder, by the same rule
/// as the framework files (`FrameworkInstaller`): install what is missing, update what a person
/// never edited, keep what they did. A file that was there before `integrate` is a person's.
///
/// The hashes live in `<commands>/.integrate/state.json` (a `FrameworkState`), beside the
/// command, so a user-level and a project-level install each remember their own file.
public struct SlashCommandInstaller: Sendable {
    public let folder: URL
    /// How `folder` is named in messages (`~/.claude/commands`).
    public let displayFolder: String
    public let text: String

    public init(folder: URL, displayFolder: String, text: String = SlashCommand.text) {
        self.folder = folder
        self.displayFolder = displayFolder
        self.text = text
    }

    /// `~/.claude/commands` under `home` (`RunOptions.homeFolder()`: `$HOME` first).
    public static func userFolder(home: URL) -> URL { home.appendingPathComponent(".claude/commands", isDirectory: true) }

    /// `<project>/.claude/commands`.
    public static func projectFolder(_ root: URL) -> URL { root.appendingPathComponent(".claude/commands", isDirectory: true) }

    /// Decides and writes; returns what happened to `integrate.md`.
    @discardableResult
    public func install() throws -> FrameworkFileAction {
        let name = SlashCommand.fileName
        let stateFolder = folder.appendingPathComponent(FrameworkState.folder)
        _ = try WriteTransaction.recover(stateFolder: stateFolder, folders: [folder])
        var state = try FrameworkState.load(from: folder) ?? FrameworkState()
        state.toolVersion = IntegrateVersion.current
        let source = FrameworkSource(origin: .builtIn, files: [name: text], completedFromBuiltIn: [], notes: [])
        var installer = FrameworkInstaller(folder: folder, source: source, state: state, displayFolder: displayFolder)
        let plan = try installer.plan()
        state = installer.state
        guard let action = plan.actions.first, let content = plan.contents[name] else {
            throw IntegrateError(.output, "nothing to install", path: folder.path)
        }
        // As `IntegrationRun` records framework files: an edited file stays edited for good.
        state.files[name] = .init(sourceHash: ContentHash.of(text), writtenHash: ContentHash.of(content), edited: state.files[name]?.edited ?? false)
        var changes = ChangeSet()
        changes.write(content, to: folder.appendingPathComponent(name), current: plan.current[name], root: folder)
        let stateURL = stateFolder.appendingPathComponent(FrameworkState.fileName)
        changes.write(state.encoded(), to: stateURL, current: try TextFile.readIfExists(stateURL), root: folder)
        if !changes.isEmpty {
            do {
                try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
            } catch {
                throw IntegrateError(.output, "cannot create folder (read-only or permission denied)", path: stateFolder.path)
            }
            try changes.apply(stateFolder: stateFolder)
        }
        return action
    }
}
