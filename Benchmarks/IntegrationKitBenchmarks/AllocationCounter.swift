#if canImport(Glibc)
import Glibc
#endif

/// Reads the heap-allocation count exported by the preloaded malloc counter, if present.
///
/// `scripts/bench-kit` preloads `Benchmarks/MallocCounter/malloc_counter.c`; when the benchmark
/// runs without it (or off glibc), allocation figures print as `n/a`.
enum AllocationCounter {
    private typealias CountFunction = @convention(c) () -> UInt

    private static let function: CountFunction? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "integrationkit_malloc_count") else { return nil }
        return unsafeBitCast(symbol, to: CountFunction.self)
        #else
        return nil
        #endif
    }()

    /// The allocations so far, or nil when no counter is loaded.
    static func current() -> UInt? {
        function?()
    }
}
