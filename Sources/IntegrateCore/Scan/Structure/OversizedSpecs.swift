import Foundation

/// API specs the walk passed over for their size: without a word they would be missing from the
/// contract catalogue. Each gets a warning naming the file, its size and the option to raise.
enum OversizedSpecs {
    /// How much of each end of a passed-over YAML/JSON file is read to tell whether it is a spec
    /// (a JSON spec with sorted keys names `openapi` near its end).
    static let sniffLength = 64 * 1024

    static func diagnostics(skipped: [SkippedFile], root: URL, maxFileSize: Int) -> [Diagnostic] {
        skipped.compactMap { file in
            let lower = file.path.lowercased()
            let json = lower.hasSuffix(".json")
            guard json || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else { return nil }
            let url = root.appendingPathComponent(file.path)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maxFileSize,
                  let handle = try? FileHandle(forReadingFrom: url) else { return nil }
            defer { try? handle.close() }
            var ends = (try? handle.read(upToCount: sniffLength)) ?? Data()
            if (try? handle.seek(toOffset: UInt64(max(0, size - sniffLength)))) != nil { ends += (try? handle.readToEnd()) ?? Data() }
            guard SpecDetector.mayBeSpec(String(decoding: ends, as: UTF8.self), json: json) else { return nil }
            return Diagnostic(.warning, "API spec of \(size) bytes left out of the contract catalogue: over --max-file-size \(maxFileSize); raise it to include the spec",
                              path: file.path)
        }
    }
}
