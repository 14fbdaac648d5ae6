#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Literal search in a file's bytes, before (and instead of) decoding it: `memchr` for the
/// needle's first byte, then `memcmp` for the rest. Many times faster than `String.contains`
/// (Foundation's `range(of:)`, which converts to UTF-16) or a byte-by-byte loop on a large tree.
///
/// For an ASCII needle the answer is the same as on the decoded text: decoding only replaces
/// invalid sequences, and ASCII bytes are never part of one.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack` (an empty needle occurs everywhere).
    static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: UnsafeRawBufferPointer) -> Bool {
        guard let pattern = needle.baseAddress, let first = needle.first else { return true }
        guard let base = haystack.baseAddress, needle.count <= haystack.count else { return false }
        var offset = 0
        let last = haystack.count - needle.count
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            if memcmp(hit, pattern, needle.count) == 0 { return true }
            offset = base.distance(to: UnsafeRawPointer(hit)) + 1
        }
        return false
    }

    /// Whether `needle` occurs in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { haystack in needle.withUnsafeBytes { contains(haystack, $0) } }
    }

    /// Whether the UTF-8 of `needle` occurs in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in bytes.withUnsafeBytes { contains($0, UnsafeRawBufferPointer(pattern)) } }
    }
}
