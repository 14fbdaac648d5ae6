import Foundation

/// Relative paths for links written into artifacts.
enum RelativeLink {
    /// The relative path (ending in `/`) from `folder` to `target`, e.g. `../../`; absolute
    /// when they share no ancestor but `/`.
    static func path(from folder: URL, to target: URL) -> String {
        let from = folder.standardizedFileURL.pathComponents
        let to = target.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        if common <= 1 { return target.standardizedFileURL.path + "/" }
        let up = Array(repeating: "..", count: from.count - common)
        let down = Array(to[common...])
        let parts = up + down
        return parts.isEmpty ? "./" : parts.joined(separator: "/") + "/"
    }
}
