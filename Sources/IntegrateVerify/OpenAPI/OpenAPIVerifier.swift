import Foundation
import IntegrateCore

/// Runs `integrate verify openapi`: plans requests for every operation of a spec, sends them to the
/// provider, checks each response, shrinks each failure to the smallest request that still shows
/// it, probes undeclared methods, and reports coverage, including documented responses never seen.
public struct OpenAPIVerifier: Sendable {
    public struct Options: Sendable {
        /// Requests in all, shrinking and undeclared-method probes included.
        public var maxRequests = 1_000
        /// Requests per operation (the conforming one always goes first).
        public var maxRequestsPerOperation = 50
        /// Orders the breaking requests when an operation has more than its budget.
        public var seed: UInt64 = 0
        /// Keep sending an operation's requests after its first failure.
        public var continueOnFailure = false
        /// Whole-run budget in seconds; what is not sent in time is reported as not exercised.
        public var overallTimeout: Double = 300
        /// Requests tried while shrinking one failure.
        public var maxShrinkRequests = 16
        /// Headers sent with every request (`--header`); values are never printed back.
        public var headers: [VerifyHeader] = []
        public var probeUndeclaredMethods = true

        public init() {}
    }

    public var options: Options
    /// Components of the scanned project that call an operation (from `ConsumerImpact`).
    public var consumers: @Sendable (VerifyOperationID) -> [String]

    public init(options: Options = Options(), consumers: @escaping @Sendable (VerifyOperationID) -> [String] = { _ in [] }) {
        self.options = options
        self.consumers = consumers
    }

    public func verify(_ document: OpenAPIDocument, with client: any ProviderClient) async throws -> VerifyReport {
        let started = ContinuousClock.now
        let deadline = started + .milliseconds(Int64(options.overallTimeout * 1000))
        var budget = options.maxRequests
        var findings: [VerifyFinding] = []
        var coverage: [VerifyOperationCoverage] = []
        let planner = RequestPlanner(extraHeaders: options.headers)

        func send(_ request: VerifyRequest) async throws -> VerifyResponse? {
            guard budget > 0, ContinuousClock.now < deadline else { return nil }
            budget -= 1
            return try await client.send(request)
        }

        for operation in document.operations {
            let id = VerifyOperationID(method: operation.method, pathTemplate: operation.path)
            var seen: [Int] = []
            var sent = 0
            var skipped: String?
            switch planner.plan(operation) {
            case .failure(let skip): skipped = skip.reason
            case .success(let planned):
                let cases = ordered(planned)
                for verifyCase in cases.prefix(options.maxRequestsPerOperation) {
                    guard let response = try await send(verifyCase.request) else { skipped = sent == 0 ? "the request budget or the overall timeout ran out" : nil; break }
                    sent += 1
                    seen.append(response.status)
                    let failures = failedChecks(response, verifyCase, operation, document)
                    guard let first = failures.first else { continue }
                    // The first failed check is shrunk to the smallest request that still shows it.
                    let shrunk = try await shrink(verifyCase, response, check: first.check, operation, document, send: send)
                    sent += shrunk.requests
                    for failure in failures {
                        let shown = failure.check == first.check ? shrunk.failure : (verifyCase, response, failure.messages)
                        findings.append(VerifyFinding(operation: id, check: failure.check, status: shown.1.status, message: shown.2.joined(separator: "; "),
                                                      request: Self.redacted(shown.0.request, secretHeaders: options.headers), consumers: consumers(id)))
                    }
                    if !options.continueOnFailure { break }
                }
            }
            let documentedNeverSeen = operation.responses.map(\.status).filter { documented in
                !seen.contains { ResponseCheck.documentedResponse(for: $0, in: operation)?.status == documented }
            }
            coverage.append(VerifyOperationCoverage(operation: id, requestsSent: sent, statusesSeen: Array(Set(seen)).sorted(), documentedNeverSeen: documentedNeverSeen, skippedReason: sent == 0 ? (skipped ?? "no request planned") : nil))
        }

        if options.probeUndeclaredMethods {
            findings += try await probeUndeclared(document, planner: planner, coverage: &coverage, send: send)
        }
        let exercised = coverage.filter { $0.requestsSent > 0 }.count
        if !coverage.isEmpty, exercised * 2 < coverage.count {
            let request = VerifyRequest(method: "GET", pathTemplate: "/", path: "/")
            findings.append(VerifyFinding(operation: VerifyOperationID(method: "*", pathTemplate: "*"), check: .insufficientCoverage, status: nil,
                                          message: "only \(exercised) of \(coverage.count) operations got a request; see operations[].skippedReason", request: request))
        }
        return VerifyReport(kind: "openapi", sources: [document.displayName], findings: findings, operations: coverage, totalRequests: options.maxRequests - budget)
    }

    private struct Failure { var check: VerifyCheckID; var messages: [String] }

    private func failedChecks(_ response: VerifyResponse, _ verifyCase: VerifyCase, _ operation: SpecOperation, _ document: OpenAPIDocument) -> [Failure] {
        ResponseCheck.all.compactMap { check in
            let messages = check.evaluate(response, verifyCase, operation, document)
            return messages.isEmpty ? nil : Failure(check: check.id, messages: messages)
        }
    }

    /// The conforming request first, then the breaking ones in an order fixed by the seed.
    private func ordered(_ cases: [VerifyCase]) -> [VerifyCase] {
        guard cases.count > options.maxRequestsPerOperation, let first = cases.first else { return cases }
        var generator = SplitMix64(seed: options.seed)
        return [first] + cases.dropFirst().shuffled(using: &generator)
    }

    /// Drops optional inputs one at a time while the same check still fails, within a bounded
    /// number of requests. Returns the smallest failing case, its response and messages, and the
    /// requests spent.
    private func shrink(_ verifyCase: VerifyCase, _ response: VerifyResponse, check: VerifyCheckID, _ operation: SpecOperation, _ document: OpenAPIDocument,
                        send: (VerifyRequest) async throws -> VerifyResponse?) async throws -> (failure: (VerifyCase, VerifyResponse, [String]), requests: Int) {
        let messages = failedChecks(response, verifyCase, operation, document).first { $0.check == check }?.messages ?? []
        var current = (verifyCase, response, messages)
        var tries = 0
        var progressed = true
        while progressed, tries < options.maxShrinkRequests {
            progressed = false
            for candidate in current.0.smaller where tries < options.maxShrinkRequests {
                guard let answer = try await send(candidate.request) else { return (current, tries) }
                tries += 1
                if let failure = failedChecks(answer, candidate, operation, document).first(where: { $0.check == check }) {
                    current = (candidate, answer, failure.messages)
                    progressed = true
                    break
                }
            }
        }
        return (current, tries)
    }

    /// One request per path with a common method the spec does not declare there: a 2xx is a
    /// finding; 404, 405 and 501 (and any other refusal) are not.
    private func probeUndeclared(_ document: OpenAPIDocument, planner: RequestPlanner, coverage: inout [VerifyOperationCoverage],
                                 send: (VerifyRequest) async throws -> VerifyResponse?) async throws -> [VerifyFinding] {
        var findings: [VerifyFinding] = []
        let byPath = Dictionary(grouping: document.operations, by: \.path)
        for path in byPath.keys.sorted() {
            guard let operations = byPath[path], let template = operations.first, case .success(let cases) = planner.plan(template), let conforming = cases.first else { continue }
            let declared = Set(operations.map { $0.method.uppercased() })
            guard let method = ["DELETE", "PUT", "PATCH", "POST", "GET"].first(where: { !declared.contains($0) }) else { continue }
            var request = conforming.request
            request.method = method
            request.body = nil
            request.headers.removeAll { $0.name.lowercased() == "content-type" }
            guard let response = try await send(request) else { break }
            let id = VerifyOperationID(method: method, pathTemplate: path)
            if (200..<300).contains(response.status) {
                findings.append(VerifyFinding(operation: id, check: .undeclaredMethod, status: response.status,
                                              message: "\(method) is not declared on \(path) (declared: \(declared.sorted().joined(separator: ", "))) but answered \(response.status)",
                                              request: Self.redacted(request, secretHeaders: options.headers), consumers: consumers(id)))
            }
        }
        return findings
    }

    /// The request as shown in a finding: values of the person's `--header`s replaced.
    static func redacted(_ request: VerifyRequest, secretHeaders: [VerifyHeader]) -> VerifyRequest {
        let secret = Set(secretHeaders.map { $0.name.lowercased() })
        var copy = request
        copy.headers = request.headers.map { secret.contains($0.name.lowercased()) ? VerifyHeader($0.name, "[redacted]") : $0 }
        return copy
    }
}

/// A small seeded generator, so that `--seed` gives the same order on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E4B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
