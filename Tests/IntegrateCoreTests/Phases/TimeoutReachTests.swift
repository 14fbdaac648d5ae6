import Foundation
import Testing
@testable import IntegrateCore

@Suite struct TimeoutReachTests {
    @Test func everyFormNamesTheObjectOfItsExamplesAndNoneOfItsCounterExamples() {
        for form in TimeoutReach.forms {
            #expect(form.regex != nil, "\(form.pattern)")
            for (line, object) in form.examples { #expect(TimeoutReach.object(in: line) == object, "\(line)") }
            for line in form.counterExamples { #expect(form.regex?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil, "\(line)") }
        }
    }

    static let unpassed = """
        HttpParams params = new BasicHttpParams();
        HttpConnectionParams.setConnectionTimeout(params, 5000);
        HttpClient client = new DefaultHttpClient();
        HttpResponse response = client.execute(new HttpGet(url));
        """
    static let passed = """
        HttpParams params = new BasicHttpParams();
        HttpConnectionParams.setConnectionTimeout(params, 5000);
        HttpClient client = new DefaultHttpClient(params);
        HttpResponse response = client.execute(new HttpGet(url));
        """

    func audit(_ source: String) throws -> ResilienceAudit.Entry {
        let project = try TestProject(files: ["orders/src/Pay.java": source])
        let landscape = Landscape(points: [IntegrationPoint(
            id: "c", rule: "r", component: "orders", kind: .outboundHTTP, technology: "apache-httpclient", protocol: "http", mode: .sync, direction: .call,
            target: "url", evidence: [Evidence(path: "orders/src/Pay.java", line: 4, snippet: "client.execute(")])])
        return try #require(ResilienceAudit(landscape: landscape, sources: SourceCache(root: project.root)).entries.first)
    }

    @Test func aTimeoutOnParametersThatNeverReachTheClientDoesNotCount() throws {
        let entry = try audit(Self.unpassed)
        #expect(entry.settings[.timeout] == nil)
        #expect(entry.unpassed?.object == "params")
        #expect(entry.unpassed?.text.hasPrefix("set on `params` at [`orders/src/Pay.java:2`]") == true)
        #expect(entry.unpassed?.text.hasSuffix("not passed to the client") == true)
    }

    @Test func aTimeoutOnParametersPassedToTheClientCountsWithItsDuration() throws {
        let entry = try audit(Self.passed)
        let setting = try #require(entry.settings[.timeout])
        #expect(entry.unpassed == nil)
        #expect(TimeoutDuration.seconds(in: setting.value ?? "", language: .java) == 5)
    }

    @Test func aTimeoutOnTheClientItselfCounts() {
        let lines = ["client.setTimeout(5000);", "client.execute(get);"]
        #expect(TimeoutReach.unpassed(timeout: Evidence(path: "a.java", line: 1), call: Evidence(path: "a.java", line: 2), lines: lines) == nil)
        let keyword = ["r = requests.get(url, timeout=2)"]
        #expect(TimeoutReach.unpassed(timeout: Evidence(path: "a.py", line: 1), call: Evidence(path: "a.py", line: 1), lines: keyword) == nil)
    }
}
