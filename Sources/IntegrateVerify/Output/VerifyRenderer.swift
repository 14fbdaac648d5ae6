import Foundation
import IntegrateCore

/// Renders a `VerifyReport` as text for a person, JSON for tools, JUnit XML for CI test reports
/// and SARIF for code-scanning views.
public struct VerifyRenderer: Sendable {
    /// The provider's base URL, for the `curl` line of each finding.
    public var baseURL: String
    /// `METHOD /path` → line of the operation in the spec, for SARIF locations.
    public var operationLines: [VerifyOperationID: Int]

    public init(baseURL: String, operationLines: [VerifyOperationID: Int] = [:]) {
        self.baseURL = baseURL
        self.operationLines = operationLines
    }

    public func render(_ report: VerifyReport, as format: VerifyFormat) throws -> String {
        switch format {
        case .text: text(report)
        case .json: StableJSON.encode(report)
        case .junit: junit(report)
        case .sarif: try sarif(report)
        }
    }

    public func text(_ report: VerifyReport) -> String {
        var lines: [String] = []
        let exercised = report.operations.filter { $0.requestsSent > 0 }.count
        lines.append("verify \(report.kind) \(report.sources.joined(separator: ", ")) against \(baseURL)")
        lines.append("\(report.totalRequests) requests, \(exercised) of \(report.operations.count) operations exercised, \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")")
        if !report.findings.isEmpty { lines.append("") }
        for finding in report.findings {
            let status = finding.status.map { " (\($0))" } ?? ""
            lines.append("✗ \(finding.operation)  [\(finding.check.rawValue)]\(status)")
            lines.append("  \(finding.message)")
            if let interaction = finding.interaction { lines.append("  interaction: \(interaction)") }
            if !finding.consumers.isEmpty { lines.append("  consumers: \(finding.consumers.joined(separator: ", "))") }
            if finding.check != .insufficientCoverage { lines.append("  reproduce: \(finding.request.curl(baseURL: baseURL))") }
        }
        let gaps = report.operations.filter { $0.requestsSent == 0 || !$0.documentedNeverSeen.isEmpty }
        if !gaps.isEmpty {
            lines.append("")
            lines.append("Coverage gaps:")
            for operation in gaps {
                if let reason = operation.skippedReason, operation.requestsSent == 0 {
                    lines.append("  \(operation.operation): not exercised: \(reason)")
                } else {
                    lines.append("  \(operation.operation): documented, never seen: \(operation.documentedNeverSeen.joined(separator: ", ")) (seen: \(operation.statusesSeen.map(String.init).joined(separator: ", ")))")
                }
            }
        }
        if let unused = report.unusedResponseFields, !unused.isEmpty {
            lines.append("")
            lines.append("Response fields no pact uses (information, not a finding):")
            for field in unused { lines.append("  \(field.operation) \(field.status) \(field.path)  (\(field.file):\(field.line))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One test case per operation (a failure per finding), in one suite per report.
    public func junit(_ report: VerifyReport) -> String {
        let byOperation = Dictionary(grouping: report.findings, by: \.operation)
        var operations = report.operations.map(\.operation)
        for id in byOperation.keys.sorted() where !operations.contains(id) { operations.append(id) }
        let failures = operations.filter { byOperation[$0] != nil }.count
        let skipped = report.operations.filter { $0.requestsSent == 0 }.count
        var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        xml += #"<testsuites name="integrate verify" tests="\#(operations.count)" failures="\#(failures)">"# + "\n"
        xml += #"  <testsuite name="\#(Self.escape("verify \(report.kind) \(report.sources.joined(separator: ", "))"))" tests="\#(operations.count)" failures="\#(failures)" skipped="\#(skipped)">"# + "\n"
        for id in operations {
            xml += #"    <testcase classname="\#(Self.escape(report.kind))" name="\#(Self.escape(id.description))">"# + "\n"
            for finding in byOperation[id] ?? [] {
                xml += #"      <failure type="\#(finding.check.rawValue)" message="\#(Self.escape(finding.message))">\#(Self.escape(finding.request.curl(baseURL: baseURL)))</failure>"# + "\n"
            }
            if byOperation[id] == nil, let coverage = report.operations.first(where: { $0.operation == id }), coverage.requestsSent == 0 {
                xml += #"      <skipped message="\#(Self.escape(coverage.skippedReason ?? "not exercised"))"/>"# + "\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    public func sarif(_ report: VerifyReport) throws -> String {
        let used = Set(report.findings.map(\.check))
        let rules = VerifyCheckID.allCases.filter(used.contains).map { ($0.rawValue, Self.summary($0)) }
        let results = report.findings.map { finding in
            SARIFDocument.Result(ruleId: finding.check.rawValue, level: "error", message: "\(finding.operation): \(finding.message)",
                                 file: report.sources.first, line: operationLines[finding.operation])
        }
        return try SARIFDocument(toolName: "integrate verify", rules: rules, results: results).render()
    }

    static func summary(_ check: VerifyCheckID) -> String {
        switch check {
        case .serverError: "The provider answered 5xx"
        case .statusCode: "Undocumented response status"
        case .contentType: "Undocumented response Content-Type"
        case .responseSchema: "Response body does not match its schema"
        case .responseHeaders: "Documented response header missing or invalid"
        case .negativeDataAccepted: "A request the spec forbids was accepted"
        case .undeclaredMethod: "An undeclared method was accepted"
        case .insufficientCoverage: "Most operations got no request"
        case .pactStatus: "Response status differs from the pact"
        case .pactHeaders: "Response header differs from the pact"
        case .pactBody: "Response body differs from the pact"
        case .pactProviderState: "Provider state could not be set up"
        case .pactUnknownOperation: "Pact interaction is no operation of the spec"
        case .pactUndocumentedStatus: "Pact status not documented in the spec"
        case .pactSchemaMismatch: "Pact body does not fit the spec's schema"
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
