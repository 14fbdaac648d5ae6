import Foundation

/// The project a command run inside it belongs to: the nearest folder, from `start` upwards,
/// that holds `.claude/integrations/` (a project `integrate` has run on) or `.git`; `nil` when
/// no folder up to the file-system root does.
///
/// `contracts diff` run from `Examples/storefront/contracts` scans the storefront for consumers,
/// not only the folder it was started in.
public enum ProjectRoot {
    public static func find(from start: URL, fileManager: FileManager = .default) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            for marker in [".claude/integrations", ".git"] where fileManager.fileExists(atPath: folder.appendingPathComponent(marker).path) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}
