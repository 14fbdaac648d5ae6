import ArgumentParser
import Foundation
import IntegrateCore
import IntegrateVerify

/// `integrate verify openapi SPEC --url URL`: requests generated from the spec, responses checked
/// against it, findings named with the project's consumers of each operation.
struct VerifyOpenAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi",
        abstract: "Send requests generated from an OpenAPI spec (2.0, 3.0, 3.1) to a provider and check every response."
    )

    @Argument(help: "The provider's OpenAPI spec (YAML or JSON).") var spec: String
    @Option(help: "Base URL of the running provider; requests go to this URL only.") var url: String
    @Option(help: "Project whose outbound calls name the consumers of each operation.") var project: String = "."
    @Flag(name: .customLong("no-consumers"), help: "Skip the project scan for consumers.") var noConsumers = false
    @Option(help: "Output format: text, json, junit or sarif.") var format: VerifyFormat = .text
    @Option(help: "Write the report to this file instead of standard output.") var output: String?
    @Option(name: .customLong("max-requests"), help: "Requests in all.") var maxRequests = 1_000
    @Option(name: .customLong("max-requests-per-operation"), help: "Requests per operation.") var maxRequestsPerOperation = 50
    @Option(help: "Seed that orders the breaking requests when an operation has more than its budget.") var seed: UInt64 = 0
    @Option(help: "Seconds per request.") var timeout: Double = 10
    @Option(name: .customLong("overall-timeout"), help: "Seconds for the whole run.") var overallTimeout: Double = 300
    @Flag(name: .customLong("continue-on-failure"), help: "Keep testing an operation after its first failure.") var continueOnFailure = false
    @Option(name: .customLong("header"), help: "A header for every request, 'Name: value' (repeatable; values are never printed).") var headers: [String] = []
    @Option(name: .customLong("wait"), help: "Attempts to reach a provider that is still starting (retried only while the connection is refused).") var waitAttempts = 5
    @Flag(help: "Record the run in PROJECT/.integrate/verify.json; `integrate run` reports it in testing-strategy.md and sets the Phase 5 checklist from it.") var record = false

    func validate() throws {
        guard maxRequests > 0, maxRequestsPerOperation > 0 else { throw ValidationError("--max-requests and --max-requests-per-operation must be at least 1") }
        guard timeout > 0, overallTimeout > 0 else { throw ValidationError("--timeout and --overall-timeout must be positive") }
        for header in headers where Self.parseHeader(header) == nil { throw ValidationError("--header '\(header.split(separator: ":").first ?? "")' is not 'Name: value'") }
    }

    func run() async throws {
        let document: OpenAPIDocument
        do { document = try SpecLoader().load(SpecSource.parse(spec)) } catch { throw CommandExit.loadFailure(error) }
        var options = OpenAPIVerifier.Options()
        options.maxRequests = maxRequests
        options.maxRequestsPerOperation = maxRequestsPerOperation
        options.seed = seed
        options.overallTimeout = overallTimeout
        options.continueOnFailure = continueOnFailure
        options.headers = headers.compactMap(Self.parseHeader)
        let consumers = noConsumers ? ConsumerLookup.none : ConsumerLookup.scan(project: project, spec: spec, document: document)
        let client: HTTPProviderClient
        do { client = try HTTPProviderClient(baseURL: url, timeout: timeout) } catch { throw CommandExit.usage("\(error)") }
        let report: VerifyReport
        do {
            try await client.waitUntilReachable(attempts: waitAttempts)
            report = try await OpenAPIVerifier(options: options, consumers: consumers.callers).verify(document, with: client)
            await client.shutdown()
        } catch let error as VerifyError {
            await client.shutdown()
            throw CommandExit.usage("\(error)")
        }
        let lines = Dictionary(document.operations.map { (VerifyOperationID(method: $0.method, pathTemplate: $0.path), $0.line) }, uniquingKeysWith: { a, _ in a })
        let text = try VerifyRenderer(baseURL: url, operationLines: lines).render(report, as: format)
        try CommandExit.write(text, to: output)
        if record { try VerifyRecord.write(report, kind: .openapi, files: VerifyRecord.files(of: document, spec: spec), providerURL: url, project: project) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }

    static func parseHeader(_ text: String) -> VerifyHeader? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon].trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(" ") else { return nil }
        return VerifyHeader(name, text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }
}
