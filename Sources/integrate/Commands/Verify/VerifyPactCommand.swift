import ArgumentParser
import Foundation
import IntegrateCore
import IntegrateVerify

/// `integrate verify pact PACT... --url URL [--state-change-url URL]`: replays consumer pacts
/// against a running provider; with `--spec SPEC` instead, checks them against the provider's
/// OpenAPI spec with no provider running.
struct VerifyPactCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pact",
        abstract: "Replay consumer pacts (V2-V4 HTTP) against a provider, or check them against its OpenAPI spec (--spec)."
    )

    @Argument(help: "Pact files (JSON).") var pacts: [String]
    @Option(help: "Base URL of the running provider; requests go to this URL only.") var url: String?
    @Option(name: .customLong("state-change-url"), help: "URL the provider sets up provider states at (POST {state, params, action}).") var stateChangeURL: String?
    @Option(help: "Check the pacts against this OpenAPI spec instead of a running provider.") var spec: String?
    @Option(help: "Output format: text, json, junit or sarif.") var format: VerifyFormat = .text
    @Option(help: "Write the report to this file instead of standard output.") var output: String?
    @Option(help: "Seconds per request.") var timeout: Double = 10
    @Option(name: .customLong("wait"), help: "Attempts to reach a provider that is still starting (retried only while the connection is refused).") var waitAttempts = 5
    @Option(help: "Project to record the run in (with --record).") var project: String = "."
    @Flag(help: "Record the run in PROJECT/.integrate/verify.json; `integrate run` reports it in testing-strategy.md and sets the Phase 5 checklist from it.") var record = false

    func validate() throws {
        guard !pacts.isEmpty else { throw ValidationError("give at least one pact file") }
        guard (url == nil) != (spec == nil) else { throw ValidationError("give --url (a running provider) or --spec (offline check), one of them") }
        if spec != nil, stateChangeURL != nil { throw ValidationError("--state-change-url needs --url") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() async throws {
        let files: [PactFile]
        do { files = try pacts.map { try PactFile.load(path: $0) } } catch { throw CommandExit.usage("\(error)") }
        let report: VerifyReport
        let renderer: VerifyRenderer
        var specFiles: [String] = []
        if let spec {
            let document: OpenAPIDocument
            do { document = try SpecLoader().load(SpecSource.parse(spec)) } catch { throw CommandExit.loadFailure(error) }
            report = PactSpecCheck(document: document).check(files)
            specFiles = VerifyRecord.files(of: document, spec: spec)
            renderer = VerifyRenderer(baseURL: document.servers.first ?? "http://provider")
        } else {
            let baseURL = url ?? ""
            let client: HTTPProviderClient
            let stateClient: HTTPProviderClient?
            var statePath = ""
            do {
                client = try HTTPProviderClient(baseURL: baseURL, timeout: timeout)
                if let stateChangeURL {
                    guard let parts = URLComponents(string: stateChangeURL), let host = parts.host, let scheme = parts.scheme else {
                        throw VerifyError.badInput("--state-change-url \(stateChangeURL) is not an http(s) URL with a host")
                    }
                    stateClient = try HTTPProviderClient(baseURL: "\(scheme)://\(host)\(parts.port.map { ":\($0)" } ?? "")", timeout: timeout)
                    statePath = parts.percentEncodedPath
                } else {
                    stateClient = nil
                }
            } catch { throw CommandExit.usage("\(error)") }
            do {
                try await client.waitUntilReachable(attempts: waitAttempts)
                report = try await PactVerifier(client: client, stateChange: stateClient.map { PactStateChange(client: $0, path: statePath) }).verify(files)
                await client.shutdown()
                await stateClient?.shutdown()
            } catch let error as VerifyError {
                await client.shutdown()
                await stateClient?.shutdown()
                throw CommandExit.usage("\(error)")
            }
            renderer = VerifyRenderer(baseURL: baseURL)
        }
        try CommandExit.write(try renderer.render(report, as: format), to: output)
        if record {
            try VerifyRecord.write(report, kind: spec == nil ? .pact : .pactSpec, files: pacts + specFiles, providerURL: url, project: project)
        }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
