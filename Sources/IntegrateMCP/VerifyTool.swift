import Foundation
import IntegrateCore
import IntegrateVerify

extension IntegrateTools {
    /// Upper bounds a call cannot raise: an agent's call never floods a provider or hangs the session.
    static let verifyMaxRequests = 500
    static let verifyMaxSeconds = 120.0

    /// `integrate verify openapi SPEC --url URL --format json`, bounded: requests in all, per
    /// operation, seconds per request and for the whole run.
    public static let verify = IntegrateTool(
        name: "verify",
        description: "Verify a running provider against its OpenAPI spec (2.0, 3.0, 3.1): requests generated from the spec are sent to url only, and every response is checked against the spec (status, content type, schema, headers). Bounded: max_requests (default 100, at most \(verifyMaxRequests)), timeout per request (default 5 s) and overall_timeout (default 60 s, at most \(Int(verifyMaxSeconds)) s). Returns the report as JSON (findings with check ids, request and response; operations covered); findings are a result, not an error.",
        arguments: [
            .init("spec", "string", "The provider's OpenAPI spec: a file (relative to the server's folder) or git:REV:path.", required: true),
            .init("url", "string", "Base URL of the running provider (http or https); requests go to this URL only.", required: true),
            .init("max_requests", "integer", "Requests in all (default 100, at most \(verifyMaxRequests))."),
            .init("max_requests_per_operation", "integer", "Requests per operation (default 20)."),
            .init("timeout", "number", "Seconds per request (default 5)."),
            .init("overall_timeout", "number", "Seconds for the whole run (default 60, at most \(Int(verifyMaxSeconds)))."),
        ]
    ) { arguments in
        guard let spec = try arguments.string("spec"), let url = try arguments.string("url") else {
            throw IntegrateError(.usage, "give spec (the OpenAPI file) and url (the running provider)")
        }
        var options = OpenAPIVerifier.Options()
        options.maxRequests = try arguments.bounded("max_requests", default: 100, within: 1...verifyMaxRequests)
        options.maxRequestsPerOperation = try arguments.bounded("max_requests_per_operation", default: 20, within: 1...verifyMaxRequests)
        options.overallTimeout = try arguments.seconds("overall_timeout", default: 60, atMost: verifyMaxSeconds)
        let timeout = try arguments.seconds("timeout", default: 5, atMost: verifyMaxSeconds)
        let document = try SpecLoader().load(specSource(spec, arguments, project: arguments.root))
        let client: HTTPProviderClient
        do { client = try HTTPProviderClient(baseURL: url, timeout: timeout) } catch { throw IntegrateError(.usage, "\(error)") }
        let report: VerifyReport
        do {
            try await client.waitUntilReachable(attempts: 3)
            report = try await OpenAPIVerifier(options: options).verify(document, with: client)
            await client.shutdown()
        } catch {
            await client.shutdown()
            throw IntegrateError(.input, "\(error)")
        }
        return IntegrateTool.text(try VerifyRenderer(baseURL: url).render(report, as: .json))
    }
}
