import ArgumentParser
import Foundation
import IntegrateVerify
import Testing
@testable import integrate
@testable import IntegrateCore

/// `verify --record`: what the record holds, and that a change in any file the spec reached makes it stale.
@Suite struct VerifyRecordTests {
    @Test func theRecordHashesTheSpecAndItsReferencedFilesAndKeepsOnlyTheHost() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verify-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let contracts = root.appendingPathComponent("contracts")
        try FileManager.default.createDirectory(at: contracts, withIntermediateDirectories: true)
        let spec = contracts.appendingPathComponent("orders.yaml")
        let common = contracts.appendingPathComponent("common.yaml")
        try Data("""
        openapi: 3.0.3
        info: {title: orders, version: '1'}
        paths:
          /orders:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: 'common.yaml#/Order'}
        """.utf8).write(to: spec)
        try Data("Order: {type: object}\n".utf8).write(to: common)
        let document = try SpecLoader().load(.file(spec.path))
        let files = VerifyRecord.files(of: document, spec: spec.path)
        #expect(files == [spec.path, common.path])
        let report = VerifyReport(kind: "openapi", sources: [spec.path], findings: [],
                                  operations: [VerifyOperationCoverage(operation: VerifyOperationID(method: "GET", pathTemplate: "/orders"), requestsSent: 3, statusesSeen: [200], documentedNeverSeen: [])],
                                  totalRequests: 3)
        try VerifyRecord.write(report, kind: .openapi, files: files, providerURL: "http://user:secret@127.0.0.1:9090/base?token=x", project: root.path,
                               date: Date(timeIntervalSince1970: 86_400))
        guard case .recorded(let record) = VerificationRecordFile.load(root: root) else {
            Issue.record("no record written")
            return
        }
        #expect(record.sources.map(\.path) == ["contracts/orders.yaml", "contracts/common.yaml"])
        #expect(record.providerHost == "127.0.0.1:9090")
        let text = try String(contentsOf: root.appendingPathComponent(VerificationRecord.relativePath), encoding: .utf8)
        #expect(!text.contains("secret") && !text.contains("token") && !text.contains("/base"))
        #expect(record.date == "1970-01-02T00:00:00Z")
        #expect(record.sources.allSatisfy { $0.change(root: root) == nil })
        try Data("Order: {type: array}\n".utf8).write(to: common)
        #expect(record.sources.compactMap { $0.change(root: root) } == ["`contracts/common.yaml` changed"])
    }

    @Test func aGitSpecCannotBeRecorded() {
        let report = VerifyReport(kind: "openapi", sources: [], findings: [], operations: [], totalRequests: 0)
        #expect(throws: ExitCode(2)) {
            try VerifyRecord.write(report, kind: .openapi, files: ["git:HEAD:api.yaml"], providerURL: nil, project: FileManager.default.temporaryDirectory.path)
        }
    }
}
