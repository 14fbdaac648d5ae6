import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import IntegrateVerify

/// `OrdersProvider` served over HTTP/1.1 on 127.0.0.1 (an ephemeral port), for the tests of the
/// live client. Loopback only; closed by `stop()`. With a `delay`, every answer is scheduled that
/// late on the event loop (a slow provider that blocks no thread).
final class LoopbackProvider: Sendable {
    let channel: any Channel
    var baseURL: String { "http://127.0.0.1:\(channel.localAddress?.port ?? 0)" }

    static func start(mode: OrdersProvider.Mode, delay: TimeAmount = .zero) async throws -> LoopbackProvider {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap { channel.pipeline.addHandler(Handler(mode: mode, delay: delay)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return LoopbackProvider(channel: channel)
    }

    private init(channel: any Channel) { self.channel = channel }

    func stop() async throws { try await channel.close() }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let mode: OrdersProvider.Mode
        let delay: TimeAmount
        var head: HTTPRequestHead?
        var body = Data()

        init(mode: OrdersProvider.Mode, delay: TimeAmount) {
            self.mode = mode
            self.delay = delay
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead): head = requestHead; body = Data()
            case .body(var buffer): body.append(contentsOf: buffer.readBytes(length: buffer.readableBytes) ?? [])
            case .end:
                guard let head else { return }
                let components = URLComponents(string: head.uri)
                let request = VerifyRequest(method: head.method.rawValue, pathTemplate: components?.path ?? head.uri, path: components?.percentEncodedPath ?? head.uri,
                                            query: (components?.queryItems ?? []).map { VerifyHeader($0.name, $0.value ?? "") },
                                            headers: head.headers.map { VerifyHeader($0.name, $0.value) }, body: body.isEmpty ? nil : body)
                let answer = OrdersProvider.answer(request, mode: mode)
                var headers = HTTPHeaders(answer.headers.map { ($0.name, $0.value) })
                headers.replaceOrAdd(name: "Content-Length", value: String(answer.body.count))
                let responseHead = HTTPResponseHead(version: head.version, status: HTTPResponseStatus(statusCode: answer.status), headers: headers)
                self.head = nil
                let write = {
                    context.write(self.wrapOutboundOut(.head(responseHead)), promise: nil)
                    context.write(self.wrapOutboundOut(.body(.byteBuffer(ByteBuffer(bytes: answer.body)))), promise: nil)
                    context.writeAndFlush(self.wrapOutboundOut(.end(nil)), promise: nil)
                }
                if delay == .zero { write() } else { context.eventLoop.scheduleTask(in: delay) { write() } }
            }
        }
    }
}
