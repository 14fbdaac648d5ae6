/// The ignore patterns in force in one folder: those of every `.gitignore` and `.integrateignore`
/// from the root down, evaluated in order so the last matching line wins (`!` re-includes).
struct IgnoreRules: Sendable {
    struct Source: Sendable {
        /// The ignore file's folder, as segments relative to the project root.
        var base: [[UInt8]]
        /// `path/to/.gitignore`, named in skip reasons.
        var name: String
        var patterns: [IgnorePattern]
    }

    private(set) var sources: [Source] = []

    /// Adds the patterns of one ignore file found in the folder `base`.
    mutating func add(text: String, base: [[UInt8]], name: String) {
        let patterns = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap(IgnorePattern.init(line:))
        if !patterns.isEmpty { sources.append(Source(base: base, name: name, patterns: patterns)) }
    }

    /// The ignore file that excludes `path`, or `nil` when it is kept.
    func excluder(of path: [[UInt8]], isDirectory: Bool) -> String? {
        var result: String?
        for source in sources {
            guard path.count > source.base.count, path.starts(with: source.base) else { continue }
            let relative = Array(path[source.base.count...])
            for pattern in source.patterns where pattern.matches(relative, isDirectory: isDirectory) {
                result = pattern.negated ? nil : source.name
            }
        }
        return result
    }
}
