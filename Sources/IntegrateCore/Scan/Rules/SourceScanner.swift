import Dispatch
import Foundation

/// What the source rules found in the walked files.
public struct SourceScanResult: Sendable {
    /// Raw points: `component` is `nil` here; the resolver assigns it.
    public var points: [IntegrationPoint]
    /// Source files per language name.
    public var languages: [String: Int]
    public var diagnostics: [Diagnostic]
    /// Address bindings and constructions that calls in other files of a component may reach.
    public var bindings: [SourceBinding]
    /// Shared setup (resilience, health, telemetry) found by the setup rules; `component` is `nil`.
    public var setup: [SetupFact]

    public init(points: [IntegrationPoint] = [], languages: [String: Int] = [:], diagnostics: [Diagnostic] = [],
                bindings: [SourceBinding] = [], setup: [SetupFact] = []) {
        self.points = points
        self.bindings = bindings
        self.languages = languages
        self.diagnostics = diagnostics
        self.setup = setup
    }
}

/// Reads source files and runs the detector rules over them, on all cores.
///
/// Built-in rules come from `RuleRegistry.builtIn`; user rules from `options.userRulesDirectory`
/// are added after them (a bad user rule is a diagnostic, never a crash). Results are ordered by
/// file, then rule, then position, whatever the thread count.
public struct SourceScanner: Sendable {
    public var options: ScanOptions
    public var rules: [Rule]

    public init(options: ScanOptions = ScanOptions(), rules: [Rule] = RuleRegistry.builtIn) {
        self.options = options
        self.rules = rules
    }

    public func scan(files: [WalkedFile]) -> SourceScanResult {
        var diagnostics: [Diagnostic] = []
        let engine = makeEngine(diagnostics: &diagnostics)
        let setupScanner = SetupScanner()
        var languages: [String: Int] = [:]
        var sources: [(file: WalkedFile, language: Language?)] = []
        for file in files {
            let language = Language.detect(path: file.path)
            if let language { languages[language.rawValue, default: 0] += 1 }
            // Manifests and deployment files are read for the setup rules only.
            guard language != nil || setupScanner.wants(path: file.path, language: nil) else { continue }
            sources.append((file, language))
        }
        let work = sources

        let workers = max(1, options.concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, min(64, work.count / (workers * 4) + 1))
        let chunkCount = (work.count + chunkSize - 1) / chunkSize
        let slots = IndexedResults<([IntegrationPoint], [Diagnostic], [SourceBinding], [SetupFact], [RouteMounts.Mount])>(count: chunkCount, initial: ([], [], [], [], []))
        // A large tree shows how far the read is, on a terminal only.
        let progress = TerminalProgress.onTerminal(label: "integrate: scanning files", total: work.count, minimum: 2_000)
        defer { progress?.finish() }
        let scanChunk: @Sendable (Int) -> Void = { chunk in
            var points: [IntegrationPoint] = []
            var problems: [Diagnostic] = []
            var bindings: [SourceBinding] = []
            var setup: [SetupFact] = []
            var mounts: [RouteMounts.Mount] = []
            for index in (chunk * chunkSize)..<min(work.count, (chunk + 1) * chunkSize) {
                let (file, language) = work[index]
                guard let bytes = FileBytes.read(path: file.url.path, sizeHint: file.size) else {
                    problems.append(Diagnostic(.warning, "could not read file", path: file.path))
                    continue
                }
                // Decoded and blanked once, for every pass that reads the file.
                let source = SourceFile(bytes: bytes, path: file.path, syntax: SetupScanner.syntax(path: file.path, language: language))
                if let language {
                    points += engine.points(in: source, language: language)
                    bindings += engine.bindings(in: source)
                    mounts += Self.mounts(in: source, language: language)
                }
                setup += setupScanner.facts(in: source, language: language)
            }
            slots.set(chunk, (points, problems, bindings, setup, mounts))
            progress?.advance(by: min(work.count, (chunk + 1) * chunkSize) - chunk * chunkSize)
        }
        if workers == 1 {
            for chunk in 0..<chunkCount { scanChunk(chunk) }
        } else {
            DispatchQueue.concurrentPerform(iterations: chunkCount, execute: scanChunk)
        }
        let chunks = slots.values
        let points = RouteMounts.join(chunks.flatMap(\.0), mounts: chunks.flatMap(\.4)), problems = chunks.flatMap(\.1)
        return SourceScanResult(points: points, languages: languages, diagnostics: diagnostics + problems,
                                bindings: chunks.flatMap(\.2), setup: chunks.flatMap(\.3))
    }

    /// Route mounts in one file (Express `app.use`, FastAPI `include_router`, Django `include`).
    static func mounts(in file: SourceFile, language: Language) -> [RouteMounts.Mount] {
        guard [.javascript, .typescript, .python].contains(language) else { return [] }
        guard RouteMounts.patterns.contains(where: { $0.languages.contains(language) && ByteSearch.contains(file.bytes, $0.keyword) }) else { return [] }
        return RouteMounts.mounts(in: file.searched, path: file.path, language: language)
    }

    /// The points in one text, as if read from `path` (used by rule tests and `integrate rules`).
    public func scan(text: String, path: String, language: Language) -> [IntegrationPoint] {
        var diagnostics: [Diagnostic] = []
        return makeEngine(diagnostics: &diagnostics).points(in: Array(text.utf8), path: path, language: language)
    }

    /// All rules that compile (built-in plus user rules), reporting the others.
    private func makeEngine(diagnostics: inout [Diagnostic]) -> RuleEngine {
        var all = rules
        if let directory = options.userRulesDirectory {
            let loaded = UserRuleLoader().load(directory: directory)
            all += loaded.rules
            diagnostics += loaded.diagnostics
        }
        var compiled: [CompiledRule] = []
        for rule in all {
            do {
                compiled.append(try CompiledRule(rule))
            } catch {
                diagnostics.append(Diagnostic(.error, "rule '\(rule.id)': invalid pattern: \(error.localizedDescription)"))
            }
        }
        return RuleEngine(rules: compiled)
    }
}
