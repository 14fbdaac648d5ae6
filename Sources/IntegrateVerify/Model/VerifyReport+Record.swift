import Foundation
import IntegrateCore

extension VerifyReport {
    /// The summary Phase 5 reads: findings per check, operations covered, documented responses never
    /// seen. `sources` are the verified files with their content hashes; `providerHost` is host and
    /// port only.
    public func record(kind: VerificationKind, sources: [VerificationSource], providerHost: String?, date: Date) -> VerificationRecord {
        let counts = Dictionary(grouping: findings, by: \.check).map { VerificationCheckCount(check: VerificationCheckID($0.key.rawValue), count: $0.value.count) }
        let neverSeen = operations.filter { !$0.documentedNeverSeen.isEmpty }.map {
            VerificationNeverSeen(operation: $0.operation.description, statuses: $0.documentedNeverSeen)
        }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return VerificationRecord(date: formatter.string(from: date), kind: kind, sources: sources, providerHost: providerHost, requestsSent: totalRequests,
                                  findings: counts, operationsCovered: operations.filter { $0.requestsSent > 0 }.count,
                                  operationsTotal: operations.count, neverSeen: neverSeen)
    }
}
