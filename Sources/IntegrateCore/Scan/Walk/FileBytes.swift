#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Raw file reads with plain system calls: no `Data`, no encoding guess.
enum FileBytes {
    /// The whole file, or `nil` when it cannot be opened or read.
    static func read(path: String, sizeHint: Int = 0) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(sizeHint + 1, 4096))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let result = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return systemRead(descriptor, base + filled, buffer.count - filled)
            }
            if result < 0 { return nil }
            if result == 0 { break }
            filled += result
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// The first `limit` bytes of the file (fewer for a short file), or `nil` when unreadable.
    static func prefix(path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: limit)
        var filled = 0
        var failed = false
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            while filled < limit {
                let result = systemRead(descriptor, base + filled, limit - filled)
                if result < 0 { failed = true; return }
                if result == 0 { return }
                filled += result
            }
        }
        if failed { return nil }
        bytes.removeLast(limit - filled)
        return bytes
    }
}

/// `read(2)` under a name that does not clash with the methods above.
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Darwin)
    return Darwin.read(descriptor, buffer, count)
    #elseif canImport(Musl)
    return Musl.read(descriptor, buffer, count)
    #else
    return Glibc.read(descriptor, buffer, count)
    #endif
}
