#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A tiny HTTP/1.1 server on 127.0.0.1 (ephemeral port) whose behaviour a test switches at will:
/// answer 200, fail with a status, or stall before answering. One thread per connection, every
/// response closes the connection. Only for fault-injection tests.
final class LoopbackHTTPServer: Sendable {
    enum Mode: Sendable, Equatable {
        case healthy
        case failing(status: Int)
        /// Holds the response for `seconds` (or until the mode changes), then answers 200.
        case stalling(seconds: Double)
        /// Fails the next `count` requests with `status` (and a `Retry-After` header when given), then answers 200.
        case failingNext(count: Int, status: Int, retryAfter: String?)
    }

    struct StartError: Error, CustomStringConvertible {
        let description: String
    }

    let port: UInt16
    private let listener: Int32
    private let mode = Mutex(Mode.healthy)
    private let requests = Mutex(0)
    private let stopped = Mutex(false)

    init() throws {
        let socketType = Int32(SOCK_STREAM.rawValue)
        let fd = socket(AF_INET, socketType, 0)
        guard fd >= 0 else { throw StartError(description: "socket() failed: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 256) == 0 else {
            close(fd)
            throw StartError(description: "bind/listen on 127.0.0.1 failed: errno \(errno)")
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let acceptThread = Thread { [self] in acceptLoop() }
        acceptThread.start()
    }

    var url: URL {
        URL(string: "http://127.0.0.1:\(port)/resource") ?? URL(fileURLWithPath: "/")
    }

    /// Requests received so far.
    var requestCount: Int { requests.withLock { $0 } }

    func set(_ newMode: Mode) {
        mode.withLock { $0 = newMode }
    }

    func stop() {
        stopped.withLock { $0 = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func acceptLoop() {
        while !stopped.withLock({ $0 }) {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                return
            }
            let worker = Thread { [self] in serve(client) }
            worker.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        guard readRequestHead(client) else { return }
        requests.withLock { $0 += 1 }
        var status = 200
        var headers = ""
        let current = mode.withLock { mode -> Mode in
            let current = mode
            if case .failingNext(let count, let status, let retryAfter) = mode {
                mode = count > 1 ? .failingNext(count: count - 1, status: status, retryAfter: retryAfter) : .healthy
            }
            return current
        }
        switch current {
        case .healthy:
            break
        case .failing(let failure):
            status = failure
        case .failingNext(_, let failure, let retryAfter):
            status = failure
            if let retryAfter { headers = "Retry-After: \(retryAfter)\r\n" }
        case .stalling(let seconds):
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, case .stalling = mode.withLock({ $0 }) {
                var descriptor = pollfd(fd: client, events: Int16(POLLIN), revents: 0)
                if poll(&descriptor, 1, 10) > 0 { return }  // the client gave up and closed
            }
        }
        let body = status == 200 ? "ok" : "unavailable"
        let response = "HTTP/1.1 \(status) X\r\nContent-Length: \(body.utf8.count)\r\nContent-Type: text/plain\r\n\(headers)Connection: close\r\n\r\n\(body)"
        _ = response.withCString { send(client, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until the end of the request head; false if the peer closed first.
    private func readRequestHead(_ client: Int32) -> Bool {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { return false }
            received.append(contentsOf: buffer[0..<count])
            if received.count > 65_536 { return false }
        }
        return true
    }
}
