import Testing
@testable import IntegrationKit

@Suite struct BackoffTests {
    func delays(_ backoff: Backoff, _ jitter: Jitter, cap: Duration = .seconds(10), random: [Double] = [0.5], count: Int = 5) -> [Duration] {
        let schedule = BackoffSchedule(backoff: backoff, jitter: jitter, cap: cap, random: sequenceRandom(random))
        var previous: Duration?
        return (1...count).map { retry in
            let delay = schedule.delay(forRetry: retry, previous: previous)
            previous = delay
            return delay
        }
    }

    @Test func constantLinearAndExponentialGrowth() throws {
        #expect(delays(.constant(.milliseconds(200)), .none, count: 3) == [.milliseconds(200), .milliseconds(200), .milliseconds(200)])
        #expect(delays(.linear(initial: .milliseconds(100), increment: .milliseconds(50)), .none, count: 3)
            == [.milliseconds(100), .milliseconds(150), .milliseconds(200)])
        #expect(delays(.exponential(initial: .milliseconds(100)), .none, count: 4)
            == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800)])
    }

    @Test func capBoundsEveryDelay() throws {
        #expect(delays(.exponential(initial: .seconds(1), multiplier: 10), .none, cap: .seconds(5), count: 3)
            == [.seconds(1), .seconds(5), .seconds(5)])
        #expect(delays(.exponential(initial: .seconds(1)), .none, cap: .seconds(5), count: 2000).last == .seconds(5))
    }

    @Test func fullJitterIsUniformBetweenZeroAndCappedBackoff() throws {
        #expect(delays(.exponential(initial: .seconds(1)), .full, random: [0.25, 0.5, 0.0], count: 3)
            == [.milliseconds(250), .seconds(1), .zero])
    }

    @Test func equalJitterKeepsAtLeastHalf() throws {
        #expect(delays(.exponential(initial: .seconds(1)), .equal, random: [0, 0.5], count: 2)
            == [.milliseconds(500), .milliseconds(1500)])
    }

    @Test func decorrelatedJitterGrowsFromPreviousDelayUpToCap() throws {
        // base 1 s: first = rand(1, 3) at 0.5 = 2 s; second = rand(1, 6) at 0.5 = 3.5 s; third = rand(1, 10.5) at 1.0 capped to 10 s
        #expect(delays(.exponential(initial: .seconds(1)), .decorrelated, random: [0.5, 0.5, 1.0], count: 3)
            == [.seconds(2), .milliseconds(3500), .seconds(10)])
    }
}
