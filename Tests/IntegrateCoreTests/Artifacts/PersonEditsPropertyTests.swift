import Foundation
import Testing
@testable import IntegrateCore

/// A person edits the artifacts outside the managed blocks while the project changes and the
/// tool re-runs, in a random order for 1,000 cycles: every byte they wrote survives, in place.
/// The seed is fixed (override with `PROPERTY_SEED`) so a failure replays.
@Suite("Property: a person's text survives re-runs")
struct PersonEditsPropertyTests {
    static let cycles = 1_000
    /// One cycle in this many re-runs the tool (a run in process takes about 0.2 s).
    static let runEvery = 50

    /// SplitMix64: small, seedable, good enough to pick edits.
    struct Random: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["our note", "é à ü", "日本語", "🙂", "\t", "   ", "*emphasis*", "| a | b |", "`code`", "> quoted", "1. item", "- bullet",
                         "trailing spaces   ", "\\[x\\]", "#hashtag", "[link](../../README.md)", ""]

    static func isMarker(_ line: Substring, _ kind: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("<!-- integrate:\(kind) ") && trimmed.hasSuffix("-->")
    }

    /// Lines between a begin and an end marker (both included) belong to the tool.
    static func personLines(_ text: String) -> [Substring] {
        var inside = false
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if Self.isMarker(line, "begin") { inside = true }
            if !inside { kept.append(line) }
            if Self.isMarker(line, "end") { inside = false }
        }
        return kept
    }

    /// Line indexes where a new line may go without landing inside a block.
    static func insertionPoints(_ lines: [Substring]) -> [Int] {
        var points: [Int] = []
        var inside = false
        for (index, line) in lines.enumerated() {
            if !inside { points.append(index) }
            if Self.isMarker(line, "begin") { inside = true }
            if Self.isMarker(line, "end") { inside = false }
        }
        points.append(lines.count)
        return points
    }

    static func isSubsequence(_ small: [Substring], of large: [Substring]) -> Bool {
        var iterator = large.makeIterator()
        return small.allSatisfy { wanted in
            while let next = iterator.next() { if next == wanted { return true } }
            return false
        }
    }

    @Test func everyByteOfAPersonSurvives() throws {
        let seed = ProcessInfo.processInfo.environment["PROPERTY_SEED"].flatMap(UInt64.init) ?? 20_261_203
        var random = Random(state: seed)
        let project = try TestProject.sample()
        try project.run()
        let folder = project.root.appendingPathComponent(".claude/integrations")
        // Every document: artifacts with blocks, the framework files, the checklist, the CHANGELOG.
        let artifacts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        #expect(artifacts.count >= 8)
        var written: [String: [String]] = [:]  // file -> every line a person wrote, still expected
        var runs = 0
        for cycle in 1...Self.cycles {
            let name = artifacts.randomElement(using: &random) ?? artifacts[0]
            let url = folder.appendingPathComponent(name)
            var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let count = Int.random(in: 1...3, using: &random)
            let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in Self.pieces.randomElement(using: &random) ?? "" }
            let paragraph = (0..<count).map { line in "person \(cycle).\(line): " + words.joined(separator: " ") }
            let points = Self.insertionPoints(lines)
            let at = points.randomElement(using: &random) ?? lines.count
            lines.insert(contentsOf: paragraph.map { Substring($0) }, at: at)
            try Data(lines.joined(separator: "\n").utf8).write(to: url)
            written[name, default: []] += paragraph

            guard cycle % Self.runEvery == 0 || cycle == Self.cycles else { continue }
            // The project changes too, so blocks grow, shrink and move between runs.
            let routes = Int.random(in: 0...4, using: &random)
            try project.write("orders/app.py", "import httpx\nfrom fastapi import FastAPI\napp = FastAPI()\n\ndef pay():\n    return httpx.post(PAYMENTS_URL + '/charge', timeout=2)\n"
                + (0..<routes).map { "\n@app.get('/orders/r\($0)')\ndef r\($0)():\n    return []\n" }.joined())
            let before = try artifacts.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            try project.run(today: Int.random(in: 0...1, using: &random) == 0 ? "2026-11-28" : "2026-11-29")
            runs += 1
            for (index, file) in artifacts.enumerated() {
                let after = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let kept = Self.personLines(after)
                #expect(Self.isSubsequence(Self.personLines(before[index]), of: kept), "seed \(seed), cycle \(cycle): \(file) lost or reordered text outside its blocks")
                for line in written[file] ?? [] where !kept.contains(Substring(line)) {
                    Issue.record("seed \(seed), cycle \(cycle): \(file) lost the line \(line.debugDescription)")
                }
            }
        }
        #expect(runs >= Self.cycles / Self.runEvery)
    }
}
