import Foundation

/// The folders one run reads and writes: the project, its `.claude/integrations/`, the output
/// folder for artifacts (the integrations folder unless the options name another), and the
/// tool's state folder.
struct RunFolders {
    var root: URL
    var integrations: URL
    var output: URL
    var state: URL

    init(root: URL, output: URL?) {
        self.root = root
        integrations = root.appendingPathComponent(".claude/integrations")
        self.output = output?.standardizedFileURL ?? integrations
        state = integrations.appendingPathComponent(FrameworkState.folder)
    }
}
