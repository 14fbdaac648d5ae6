import AsyncHTTPClient
import Foundation
import IntegrationKit
import NIOCore
import NIOHTTP1

/// The live `ProviderClient`: HTTP through AsyncHTTPClient to the one base URL the person gave,
/// with a per-request timeout and a body size cap. Requests go nowhere else: a path is always
/// appended to the base URL, never taken as an absolute URL.
public final class HTTPProviderClient: ProviderClient {
    public let baseURL: String
    public let timeout: Double
    public let maxBodyBytes: Int
    private let client: HTTPClient

    /// Throws `VerifyError.badInput` when `baseURL` is not an absolute http(s) URL.
    public init(baseURL: String, timeout: Double = 10, maxBodyBytes: Int = 8 << 20) throws {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            throw VerifyError.badInput("--url \(baseURL) is not an http(s) URL with a host")
        }
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout = .init(connect: .milliseconds(Int64(min(timeout, 5) * 1000)), read: .milliseconds(Int64(timeout * 1000)))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    deinit { try? client.syncShutdown() }

    /// Shuts the HTTP client down; call once when the run is over.
    public func shutdown() async { try? await client.shutdown() }

    public func send(_ request: VerifyRequest) async throws -> VerifyResponse {
        let url = baseURL + (request.target.hasPrefix("/") ? request.target : "/" + request.target)
        var outgoing = HTTPClientRequest(url: url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(outgoing, timeout: .milliseconds(Int64(timeout * 1000)))
            let buffer = try await response.body.collect(upTo: maxBodyBytes)
            return VerifyResponse(status: Int(response.status.code), headers: response.headers.map { VerifyHeader($0.name, $0.value) }, body: Data(buffer.readableBytesView))
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw VerifyError.timedOut(url: baseURL, seconds: timeout)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw VerifyError.unreachable(url: baseURL, reason: String(describing: error))
        }
    }

    /// Waits for the provider to accept connections: retries a `GET /` only while it is
    /// unreachable (a provider still starting), through IntegrationKit's retry, at most `attempts` times.
    public func waitUntilReachable(attempts: Int = 5) async throws {
        let retry = try Retry(RetryConfiguration(
            maxAttempts: max(1, attempts), backoff: .exponential(initial: .milliseconds(200)), jitter: .none, maxDelay: .seconds(2),
            shouldRetry: { error in if case VerifyError.unreachable = error { true } else { false } }))
        _ = try await retry.execute { try await self.send(VerifyRequest(method: "GET", pathTemplate: "/", path: "/")) }
    }
}
