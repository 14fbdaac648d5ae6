import Foundation

/// Finds committed credentials by their format (`SecretFormats`) in every walked text file and
/// reports them as secret config entries: location and kind only, never the value.
struct SecretScanner: Sendable {
    struct Match: Hashable, Sendable {
        var format: String
        var line: Int
        var column: Int
    }

    /// A format whose pattern does not compile. Thrown, never skipped: a dropped format would
    /// silently stop finding its credentials.
    struct InvalidPattern: Error, CustomStringConvertible {
        var format: String
        var reason: String
        var description: String { "secret format '\(format)': pattern does not compile (\(reason))" }
    }

    let formats: [(format: SecretFormat, regex: NSRegularExpression, keywords: [Data])]

    /// Compiles every format's pattern; throws `InvalidPattern` for the first that does not compile.
    init(formats: [SecretFormat] = SecretFormats.all) throws {
        self.formats = try formats.map { format in
            do {
                return (format, try NSRegularExpression(pattern: format.pattern), format.keywords.map { Data($0.utf8) })
            } catch {
                throw InvalidPattern(format: format.id, reason: error.localizedDescription)
            }
        }
    }

    /// Entries for every credential in `files`, in file order. Files are read and searched in
    /// parallel; a file holding none of the formats' keywords is never decoded.
    func entries(files: [WalkedFile], owner: (String) -> String?, diagnostics: inout [Diagnostic]) -> [ConfigEntry] {
        let found = IndexedResults<[Match]?>(count: files.count, initial: [])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard let data = try? Data(contentsOf: files[index].url) else { return found.set(index, nil) }
            let matches = matches(in: data)
            if !matches.isEmpty { found.set(index, matches) }
        }
        var entries: [ConfigEntry] = []
        for (file, matches) in zip(files, found.values) {
            guard let matches else {
                diagnostics.append(Diagnostic(.warning, "cannot be read", path: file.path))
                continue
            }
            for match in matches {
                guard let format = formats.first(where: { $0.format.id == match.format })?.format else { continue }
                entries.append(ConfigEntry(
                    key: format.label, kind: .secret, value: nil, component: owner(file.path),
                    evidence: Evidence(path: file.path, line: match.line, column: match.column, snippet: "\(format.label) (value not shown)"),
                    valueInFile: true))
            }
        }
        return entries
    }

    /// The credentials in a file's bytes; a file holding none of the keywords is not decoded.
    func matches(in data: Data) -> [Match] {
        let candidates = formats.filter { entry in entry.keywords.contains { Self.bytes(data, contain: $0) } }
        guard !candidates.isEmpty else { return [] }
        return matches(in: String(decoding: data, as: UTF8.self), formats: candidates)
    }

    /// Whether `needle` occurs in `data` (see `ByteSearch`).
    private static func bytes(_ data: Data, contain needle: Data) -> Bool {
        data.withUnsafeBytes { haystack in needle.withUnsafeBytes { ByteSearch.contains(haystack, $0) } }
    }

    func matches(in text: String) -> [Match] { matches(in: text, formats: formats) }

    private func matches(in text: String, formats: [(format: SecretFormat, regex: NSRegularExpression, keywords: [Data])]) -> [Match] {
        let source = text as NSString
        var lineStarts: [Int] = [0]
        for (offset, unit) in text.utf16.enumerated() where unit == 0x0A { lineStarts.append(offset + 1) }
        var found: [Match] = []
        for entry in formats {
            for result in entry.regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
                let valueRange = result.range(withName: "value")
                let value = source.substring(with: valueRange.location == NSNotFound ? result.range : valueRange)
                guard !SecretDummies.isDummy(value) else { continue }
                let offset = result.range.location
                let line = (lineStarts.lastIndex { $0 <= offset } ?? 0)
                found.append(Match(format: entry.format.id, line: line + 1, column: offset - lineStarts[line] + 1))
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}

extension SecretFormat {
    /// What is wrong with the format's own examples: a triggering example must give exactly one
    /// match at its `↓`, a non-triggering example none. Empty when all hold.
    func exampleProblems() -> [String] {
        let scanner: SecretScanner
        do {
            scanner = try SecretScanner(formats: [self])
        } catch {
            return ["\(error)"]
        }
        var problems: [String] = []
        for (index, text) in triggering.enumerated() {
            let example = RuleExample(text)
            let found = scanner.matches(in: example.code)
            if found.count != 1 {
                problems.append("triggering example \(index + 1) gives \(found.count) matches, not 1")
            } else if let marker = example.markers.first, let match = found.first, (match.line, match.column) != (marker.line, marker.column) {
                problems.append("triggering example \(index + 1) is found at \(match.line):\(match.column), not at its ↓ (\(marker.line):\(marker.column))")
            }
        }
        for (index, text) in nonTriggering.enumerated() where !scanner.matches(in: text).isEmpty {
            problems.append("non-triggering example \(index + 1) gives a match")
        }
        return problems
    }
}
