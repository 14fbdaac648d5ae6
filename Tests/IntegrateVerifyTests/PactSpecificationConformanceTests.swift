import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// Runs every case of the Pact specification's own matching tests (V3 and V4: request, response,
/// message) through the matcher and demands agreement on each. The cases live outside the
/// project (`../shared/conformance/pact-spec`, or `PACT_SPEC_CASES`); a fresh clone has no such
/// folder, so the test then only says it was skipped (set `PACT_SPEC_REQUIRED` to make it fail).
@Suite struct PactSpecificationConformanceTests {
    static func casesFolder() -> URL? {
        if let env = ProcessInfo.processInfo.environment["PACT_SPEC_CASES"] { return URL(fileURLWithPath: env) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for candidate in [root.appendingPathComponent("../shared/conformance/pact-spec"), URL(fileURLWithPath: "/work/shared/conformance/pact-spec")]
        where FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return nil
    }

    @Test func everyCaseAgrees() throws {
        guard let folder = Self.casesFolder() else {
            #expect(ProcessInfo.processInfo.environment["PACT_SPEC_REQUIRED"] == nil, "the Pact specification cases are missing")
            print("pact-spec conformance: skipped, no cases folder")
            return
        }
        let files = (FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
        var disagreements: [String] = []
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let node = try SpecNodeReader.read(text: text, file: file.path)
            guard let expected = node["expected"], let actual = node["actual"], let verdict = node["match"]?.bool else { continue }
            let kind: PactMatcher.Kind = file.path.contains("/request/") ? .request : file.path.contains("/message/") ? .message : .response
            let mismatches = PactMatcher(kind: kind).match(expected: PactHTTPPart(expected), actual: PactHTTPPart(actual))
            if mismatches.isEmpty != verdict {
                disagreements.append("\(file.path.replacingOccurrences(of: folder.path + "/", with: "")): expected match=\(verdict), got \(mismatches.map(\.description))")
            }
        }
        print("pact-spec conformance: \(files.count - disagreements.count)/\(files.count) agree"); disagreements.forEach { print("disagrees: " + $0) }
        #expect(files.count >= 400)
        #expect(disagreements.isEmpty, Comment(rawValue: "\(disagreements.count) disagree:\n" + disagreements.joined(separator: "\n")))
    }
}
