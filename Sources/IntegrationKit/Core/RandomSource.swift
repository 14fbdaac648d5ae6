/// A source of uniform random numbers in `[0, 1)`, injectable so jitter is testable.
public struct RandomSource: Sendable {
    private let next: @Sendable () -> Double

    /// Wraps a function returning values in `[0, 1)`.
    public init(_ next: @escaping @Sendable () -> Double) {
        self.next = next
    }

    /// The system generator.
    public static let system = RandomSource { Double.random(in: 0..<1) }

    /// A uniform value in `[0, 1)`.
    public func nextUnit() -> Double {
        next()
    }

    /// A uniform value in `[lower, upper]` (returns `lower` for an empty range).
    func uniform(_ lower: Double, _ upper: Double) -> Double {
        upper <= lower ? lower : lower + (upper - lower) * next()
    }
}
