import Testing
@testable import IntegrateCore

@Suite struct TimeoutDurationTests {
    @Test func everyFormReadsItsOwnExamples() throws {
        for form in TimeoutDuration.forms {
            for (text, seconds) in form.examples {
                let language = try #require(form.languages.first)
                let read = try #require(TimeoutDuration.seconds(in: text, language: language), "\(form.pattern) reads nothing in \(text)")
                #expect(abs(read - seconds) < 0.0001, "\(text)")
            }
        }
    }

    @Test func unitsBelongToTheirLanguage() {
        #expect(TimeoutDuration.seconds(in: "axios.create({ timeout: 1500 })", language: .python) == nil, "a JS millisecond count is not read as Python seconds")
        #expect(TimeoutDuration.seconds(in: "requests.get(url, timeout=3)", language: .python) == 3)
        #expect(TimeoutDuration.seconds(in: "requests.get(url)  # timeout", language: .python) == nil)
        #expect(TimeoutDuration.format(0.3) == "300 ms" && TimeoutDuration.format(2) == "2 s" && TimeoutDuration.format(1.5) == "1.5 s")
    }
}
