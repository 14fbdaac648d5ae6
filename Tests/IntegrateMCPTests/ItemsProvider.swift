import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A tiny provider on 127.0.0.1 (an ephemeral port) for the `verify` tool's tests: `GET /items`
/// answers a JSON list of items, as `items.yaml` documents it, or with an item whose `id` is a
/// string when `breaksSchema`; anything else is 404. Loopback only; closed by `stop()`.
final class ItemsProvider: Sendable {
    static let spec = """
        openapi: 3.0.3
        info: {title: Items, version: 1.0.0}
        paths:
          /items:
            get:
              operationId: listItems
              responses:
                "200":
                  description: The items.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: object
                          required: [id, name]
                          properties:
                            id: {type: integer}
                            name: {type: string}
        """

    let channel: any Channel
    var baseURL: String { "http://127.0.0.1:\(channel.localAddress?.port ?? 0)" }

    static func start(breaksSchema: Bool) async throws -> ItemsProvider {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap { channel.pipeline.addHandler(Handler(breaksSchema: breaksSchema)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ItemsProvider(channel: channel)
    }

    private init(channel: any Channel) { self.channel = channel }

    func stop() async throws { try await channel.close() }

    private final class Handler: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let breaksSchema: Bool
        var head: HTTPRequestHead?

        init(breaksSchema: Bool) { self.breaksSchema = breaksSchema }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let requestHead): head = requestHead
            case .body: break
            case .end:
                guard let head else { return }
                let path = head.uri.split(separator: "?").first.map(String.init) ?? head.uri
                let found = head.method == .GET && path == "/items"
                let body = found ? (breaksSchema ? #"[{"id": "one", "name": "a"}]"# : #"[{"id": 1, "name": "a"}]"#) : #"{"error": "not found"}"#
                var headers = HTTPHeaders([("Content-Type", "application/json")])
                headers.add(name: "Content-Length", value: String(body.utf8.count))
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: found ? .ok : .notFound, headers: headers))), promise: nil)
                context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
                self.head = nil
            }
        }
    }
}
