import Foundation

/// Finds the OpenAPI/Swagger files of a project for `contracts lint` and `contracts diff --base`,
/// with the scan's own walker: `.gitignore` and `.integrateignore` are honoured, tool, vendored and
/// build folders and oversized or binary files are passed over, symbolic-link loops are safe. A
/// file is a spec when it names `openapi` or `swagger` as a top-level YAML key, or as a JSON key
/// anywhere in the file (a spec with sorted keys names `openapi` after its `components`).
public enum SpecDiscovery {
    /// Project-relative paths, sorted.
    public static func find(root: URL, options: ScanOptions = ScanOptions()) throws -> [String] {
        let walk = try FileWalker(options: options).walk(root: root)
        return walk.files.filter { file in
            let lower = file.path.lowercased()
            guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json"),
                  let data = FileManager.default.contents(atPath: file.url.path) else { return false }
            return isSpecText(String(decoding: data, as: UTF8.self), json: lower.hasSuffix(".json"))
        }.map(\.path)
    }

    /// Whether `text` (a whole file) declares `openapi` or `swagger`.
    static func isSpecText(_ text: String, json: Bool) -> Bool {
        if json {
            // The byte search first; the pattern (a key, not a value) only on files that pass it.
            return SpecDetector.mentions(text, ["\"openapi\"", "\"swagger\""])
                && text.firstMatch(of: #/"(?:openapi|swagger)"\s*:/#) != nil
        }
        return text.hasPrefix("openapi:") || text.hasPrefix("swagger:") || SpecDetector.mentions(text, ["\nopenapi:", "\nswagger:"])
    }
}
