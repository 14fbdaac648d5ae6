import Foundation
import Testing
@testable import IntegrateCore

/// The binding forms that run in windows (`MatchWindows`) find exactly what a run over the whole
/// text finds, on texts that press on each window edge.
@Suite("Scan match windows")
struct ScanMatchWindowsTests {
    /// Texts with matches at window edges: a name on the line before its `=`, `==` and `=>`, `:=`,
    /// typed bindings, member paths, non-ASCII names, a value after a line break, `;` right after
    /// `=`, the first and last character of the text, nested calls and struct literals.
    static let texts = [
        "url = base + '/x'\nx == y\nf = (a) => a\n",
        "addr := os.Getenv(\"ADDR\")\nvar timeout: Int = 30; let b=1",
        "$this->url = getenv('URL');\nself.base_url =\n    settings.BASE\n",
        "ünïcode_näme = 'http://host:80'\nnaïve=1\nx =;\n=\n",
        "cfg := Config{\n    Addr: os.Getenv(\"ADDR\"),\n    Url:process.env.URL, Other: configValue,\n}\n",
        "{ url: process.env.ORDERS_URL, host: ENV['HOST'], name: environ.get('X') }",
        "mustMapEnv(&svc.ledgerAddr, \"LEDGER_ADDR\")\nbind(&cfg.Url, 'ORDERS_URL')\nf(a, \"b\"); g( x ,\n 'y-z.w:1' )",
        "call(nested(a), \"k\")\nset(\"a\", 1)\nx\t=\t\"v\"",
        "a=b",
        "=x",
    ]

    @Test("Windowed matches are the whole-text matches", arguments: texts)
    func sameMatches(text: String) {
        let units = Array(text.utf16)
        for (regex, _, _, windows) in TargetBindings.patterns {
            guard let windows else { continue }
            let whole = regex.matches(in: text, range: NSRange(location: 0, length: units.count)).map(\.range)
            let windowed = windows.matches(of: regex, in: text, units: units).map(\.range)
            #expect(windowed == whole, "\(regex.pattern) in \(text.debugDescription)")
        }
    }

    @Test("The windowed forms find something in these texts (the comparison is not empty)")
    func formsMatch() {
        for (regex, _, _, windows) in TargetBindings.patterns where windows != nil {
            let found = Self.texts.contains { !regex.matches(in: $0, range: NSRange(location: 0, length: $0.utf16.count)).isEmpty }
            #expect(found, "no sample text matches \(regex.pattern)")
        }
    }

    @Test("A text without an anchor has no windows; windows are merged and cover the anchor")
    func windows() {
        let assignment = MatchWindows(anchors: ["="], before: "$.", end: .assignment)
        #expect(assignment.ranges(in: Array("no assignment here\n".utf16)).isEmpty)
        // `b = 1` and `c = 2` are one window (the line break is a blank before `c`); `(x)` stops it.
        let ranges = assignment.ranges(in: Array("f(x) b = 1\nc = 2\n".utf16))
        #expect(ranges == [NSRange(location: 3, length: 13)])
    }
}
