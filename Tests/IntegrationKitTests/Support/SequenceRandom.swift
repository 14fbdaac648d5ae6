import Synchronization
import IntegrationKit

/// A ``RandomSource`` that replays fixed values in order (then repeats the last).
func sequenceRandom(_ values: [Double]) -> RandomSource {
    let index = Mutex(0)
    return RandomSource {
        index.withLock { index in
            defer { index += 1 }
            return values[min(index, values.count - 1)]
        }
    }
}
