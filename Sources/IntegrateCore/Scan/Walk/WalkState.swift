#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The mutable part of one walk: the folders still to read, what was kept and what was skipped.
struct WalkState {
    struct Candidate {
        var path: String
        var absolute: String
        var size: Int
        /// A symbolic link to an in-tree file, kept only once per target.
        var isLink: Bool
        /// For links, the target's path relative to the root.
        var target: String
    }

    let realRoot: String
    let options: ScanOptions
    private(set) var candidates: [Candidate] = []
    private(set) var skipped: [SkippedFile] = []
    private(set) var skippedPaths: Set<String> = []

    init(realRoot: String, options: ScanOptions) {
        self.realRoot = realRoot
        self.options = options
    }

    mutating func skip(_ path: String, _ reason: String) {
        skipped.append(SkippedFile(path: path, reason: reason))
        skippedPaths.insert(path)
    }

    /// Reads one folder and everything below it; `false` when the folder cannot be opened.
    @discardableResult
    mutating func walkFolder(_ absolute: String, relative: [[UInt8]], rules inherited: IgnoreRules) -> Bool {
        guard let directory = opendir(absolute) else { return false }
        // `fstatat` relative to the open folder avoids resolving the full path for every entry.
        let folder = dirfd(directory)
        var entries: [(name: String, info: stat?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            var info = stat()
            entries.append((name, fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? info : nil))
        }
        closedir(directory)
        entries.sort { $0.name < $1.name }
        let names = entries.map(\.name)

        var rules = inherited
        let prefix = relative.isEmpty ? "" : Self.join(relative) + "/"
        for ignoreName in FileWalker.ignoreFileNames where names.contains(ignoreName) {
            if let bytes = FileBytes.read(path: absolute + "/" + ignoreName) {
                rules.add(text: String(decoding: bytes, as: UTF8.self), base: relative, name: prefix + ignoreName)
            }
        }

        for (name, entryInfo) in entries {
            let childAbsolute = absolute + "/" + name
            let childRelative = relative + [Array(name.utf8)]
            let path = prefix + name
            guard let info = entryInfo else {
                skip(path, "unreadable")
                continue
            }
            let mode = info.st_mode & S_IFMT
            if mode == S_IFLNK {
                if let excluder = rules.excluder(of: childRelative, isDirectory: false) {
                    skip(path, "ignored by \(excluder)")
                    continue
                }
                link(path: path, absolute: childAbsolute)
            } else if mode == S_IFDIR {
                if let reason = FileWalker.skippedFolders[name] {
                    skip(path, reason)
                } else if let excluder = rules.excluder(of: childRelative, isDirectory: true) {
                    skip(path, "ignored by \(excluder)")
                } else if !walkFolder(childAbsolute, relative: childRelative, rules: rules) {
                    skip(path, "unreadable folder")
                }
            } else if mode == S_IFREG {
                if let excluder = rules.excluder(of: childRelative, isDirectory: false) {
                    skip(path, "ignored by \(excluder)")
                } else if Int(info.st_size) > options.maxFileSize {
                    skip(path, "larger than \(options.maxFileSize) bytes")
                } else {
                    candidates.append(Candidate(path: path, absolute: childAbsolute, size: Int(info.st_size), isLink: false, target: path))
                }
            } else {
                skip(path, "not a regular file")
            }
        }
        return true
    }

    /// Keeps an in-tree link to a file (as a candidate); skips links that leave the tree, loop,
    /// dangle, or point at a folder (whose files are walked at their real path).
    private mutating func link(path: String, absolute: String) {
        guard let resolved = FileWalker.realPath(absolute) else {
            skip(path, "broken or looping symbolic link")
            return
        }
        guard resolved == realRoot || resolved.hasPrefix(realRoot + "/") else {
            skip(path, "symbolic link leaves the project (\(resolved))")
            return
        }
        var info = stat()
        guard stat(resolved, &info) == 0 else {
            skip(path, "broken symbolic link")
            return
        }
        let target = resolved == realRoot ? "" : String(resolved.dropFirst(realRoot.count + 1))
        let mode = info.st_mode & S_IFMT
        if mode == S_IFDIR {
            let linkFolder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
            if target.isEmpty || linkFolder == target || linkFolder.hasPrefix(target + "/") {
                skip(path, "symbolic link loop (points at \(target.isEmpty ? "the project root" : target))")
            } else {
                skip(path, "symbolic link to a folder inside the project (walked at \(target))")
            }
        } else if mode == S_IFREG {
            if Int(info.st_size) > options.maxFileSize {
                skip(path, "larger than \(options.maxFileSize) bytes")
            } else {
                candidates.append(Candidate(path: path, absolute: resolved, size: Int(info.st_size), isLink: true, target: target))
            }
        } else {
            skip(path, "symbolic link to something that is not a file")
        }
    }

    static func join(_ segments: [[UInt8]]) -> String {
        segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/")
    }
}
