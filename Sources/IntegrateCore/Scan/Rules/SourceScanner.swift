import Foundation

/// What the source rules found in the walked files.
public struct SourceScanResult: Sendable {
    /// Raw points: `component` is `nil` here; the resolver assigns it.
    public var points: [IntegrationPoint]
    /// Source files per language name.
    public var languages: [String: Int]
    public var diagnostics: [Diagnostic]

    public init(points: [IntegrationPoint] = [], languages: [String: Int] = [:], diagnostics: [Diagnostic] = []) {
        self.points = points
        self.languages = languages
        self.diagnostics = diagnostics
    }
}

/// Reads source files and runs the detector rules over them.
public struct SourceScanner: Sendable {
    public var options: ScanOptions

    public init(options: ScanOptions = ScanOptions()) {
        self.options = options
    }

    public func scan(files: [WalkedFile]) -> SourceScanResult {
        var languages: [String: Int] = [:]
        for file in files {
            if let language = Language.detect(path: file.path) { languages[language.rawValue, default: 0] += 1 }
        }
        return SourceScanResult(points: [], languages: languages)
    }
}
