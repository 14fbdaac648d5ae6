import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// `VerifyReport.record`: the summary `verify --record` keeps for Phase 5.
@Suite struct VerifyReportRecordTests {
    @Test func theRecordCountsFindingsPerCheckAndOperationsWithARequest() {
        let get = VerifyOperationID(method: "GET", pathTemplate: "/orders")
        let post = VerifyOperationID(method: "POST", pathTemplate: "/orders")
        let request = VerifyRequest(method: "GET", pathTemplate: "/orders", path: "/orders")
        let report = VerifyReport(kind: "openapi", sources: ["spec.yaml"], findings: [
            VerifyFinding(operation: get, check: .serverError, status: 500, message: "boom", request: request),
            VerifyFinding(operation: get, check: .serverError, status: 503, message: "boom", request: request),
            VerifyFinding(operation: get, check: .contentType, status: 200, message: "text/html", request: request),
        ], operations: [
            VerifyOperationCoverage(operation: get, requestsSent: 4, statusesSeen: [200, 500], documentedNeverSeen: ["404"]),
            VerifyOperationCoverage(operation: post, requestsSent: 0, statusesSeen: [], documentedNeverSeen: ["201"], skippedReason: "no value"),
        ], totalRequests: 4)
        let source = VerificationSource(path: "spec.yaml", contentHash: "abc")
        let record = report.record(kind: .openapi, sources: [source], providerHost: "127.0.0.1:9", date: Date(timeIntervalSince1970: 0))
        #expect(record.date == "1970-01-01T00:00:00Z")
        #expect(record.findings == [VerificationCheckCount(check: VerificationCheckID("content-type"), count: 1),
                                    VerificationCheckCount(check: VerificationCheckID("server-error"), count: 2)])
        #expect(record.findingCount == 3)
        #expect(record.operationsCovered == 1)
        #expect(record.operationsTotal == 2)
        #expect(record.requestsSent == 4)
        #expect(record.neverSeen == [VerificationNeverSeen(operation: "GET /orders", statuses: ["404"]), VerificationNeverSeen(operation: "POST /orders", statuses: ["201"])])
        #expect(record.sources == [source])
        #expect(record.providerHost == "127.0.0.1:9")
    }
}
