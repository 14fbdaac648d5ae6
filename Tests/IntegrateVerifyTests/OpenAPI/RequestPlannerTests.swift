import Foundation
import IntegrateCore
import Testing
@testable import IntegrateVerify

/// The planner's cookie parameters and form bodies (URL-encoded and multipart): what goes on the
/// wire for the conforming request, and the breaking requests that must be rejected.
@Suite struct RequestPlannerTests {
    static let spec = """
    openapi: 3.0.3
    info: {title: forms, version: '1'}
    paths:
      /profile:
        get:
          parameters:
            - {name: session, in: cookie, required: true, schema: {type: string, example: abc}}
            - {name: theme, in: cookie, schema: {type: string, enum: [light, dark]}}
          responses: {'200': {description: ok}}
      /login:
        post:
          requestBody:
            required: true
            content:
              application/x-www-form-urlencoded:
                schema:
                  type: object
                  required: [user]
                  properties:
                    user: {type: string, minLength: 3, example: ann lee}
                    tries: {type: integer, minimum: 1, maximum: 3, example: 2}
          responses: {'204': {description: in}}
      /upload:
        post:
          requestBody:
            required: true
            content:
              multipart/form-data:
                schema:
                  type: object
                  required: [title]
                  properties:
                    title: {type: string, example: Q3 report}
                    tags: {type: array, items: {type: string}, example: [a, b]}
          responses: {'201': {description: stored}}
      /both:
        post:
          requestBody:
            content:
              application/x-www-form-urlencoded:
                schema: {type: object, properties: {n: {type: integer, example: 1}}}
              application/json:
                schema: {type: object, properties: {n: {type: integer, example: 1}}}
          responses: {'200': {description: ok}}
      /text:
        post:
          requestBody:
            required: true
            content:
              text/plain:
                schema: {type: string}
          responses: {'200': {description: ok}}
    """

    func cases(_ method: String, _ path: String) throws -> Result<[VerifyCase], RequestPlanner.Skip> {
        let document = try SpecLoader().load(text: Self.spec, name: "forms.yaml")
        let operation = try #require(document.operations.first { $0.method.uppercased() == method && $0.path == path })
        return RequestPlanner().plan(operation)
    }

    func header(_ request: VerifyRequest, _ name: String) -> String? {
        request.headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    @Test func cookieParametersGoInOneCookieHeader() throws {
        let planned = try cases("GET", "/profile").get()
        let conforming = try #require(planned.first).request
        #expect(header(conforming, "Cookie") == "session=abc; theme=light")
        #expect(conforming.query.isEmpty)
        // The other enum value is a further conforming request.
        #expect(planned.contains { $0.expectation == .conforming && header($0.request, "Cookie") == "session=abc; theme=dark" })
        // Dropping the required cookie must be rejected; the optional one is never "missing".
        let missing = try #require(planned.first { $0.broken == .parameter(location: "cookie", name: "session") && $0.expectation == .mustReject("required cookie parameter `session` missing") })
        #expect(header(missing.request, "Cookie") == "theme=light")
        #expect(!planned.contains { $0.expectation == .mustReject("required cookie parameter `theme` missing") })
        // A bad enum value for the cookie is a breaking request too.
        #expect(planned.contains { $0.broken == .parameter(location: "cookie", name: "theme") && header($0.request, "Cookie")?.hasPrefix("session=abc; theme=") == true
            && header($0.request, "Cookie") != "session=abc; theme=light" && header($0.request, "Cookie") != "session=abc; theme=dark" })
    }

    @Test func aURLEncodedFormBodyIsEncodedAsAForm() throws {
        let planned = try cases("POST", "/login").get()
        let conforming = try #require(planned.first).request
        #expect(header(conforming, "Content-Type") == "application/x-www-form-urlencoded")
        let body = String(decoding: conforming.body ?? Data(), as: UTF8.self)
        #expect(Set(body.split(separator: "&").map(String.init)) == ["user=ann%20lee", "tries=2"])
        // Breaking requests: a property out of range, the required property of the wrong length.
        let bodies = planned.filter { $0.broken == .body }.map { String(decoding: $0.request.body ?? Data(), as: UTF8.self) }
        #expect(bodies.contains { $0.contains("tries=4") || $0.contains("tries=0") }, "\(bodies)")
        #expect(bodies.contains { $0.contains("user=") && !$0.contains("user=ann%20lee") }, "\(bodies)")
        #expect(planned.filter { $0.broken == .body }.allSatisfy {
            if case .mustReject = $0.expectation { true } else { false }
        })
    }

    @Test func aMultipartFormBodyHasOnePartPerValue() throws {
        let planned = try cases("POST", "/upload").get()
        let conforming = try #require(planned.first).request
        #expect(header(conforming, "Content-Type") == "multipart/form-data; boundary=\(VerifyCase.boundary)")
        let body = String(decoding: conforming.body ?? Data(), as: UTF8.self)
        let parts = body.components(separatedBy: "--\(VerifyCase.boundary)")
        #expect(parts.first == "", "the body starts with the first boundary")
        #expect(parts.last == "--\r\n", "the body ends with the closing boundary")
        let fields = parts.dropFirst().dropLast().map { $0.trimmingCharacters(in: .newlines) }
        #expect(Set(fields) == [
            "Content-Disposition: form-data; name=\"title\"\r\n\r\nQ3 report",
            "Content-Disposition: form-data; name=\"tags\"\r\n\r\na",
            "Content-Disposition: form-data; name=\"tags\"\r\n\r\nb",
        ])
    }

    @Test func jsonIsPreferredWhenBothAreDeclared() throws {
        let conforming = try #require(try cases("POST", "/both").get().first).request
        #expect(header(conforming, "Content-Type") == "application/json")
        #expect(String(decoding: conforming.body ?? Data(), as: UTF8.self) == #"{"n":1}"#)
    }

    @Test func aRequiredBodyInAMediaTypeVerifyCannotWriteSkipsTheOperation() throws {
        guard case .failure(let skip) = try cases("POST", "/text") else {
            Issue.record("a required text/plain body was planned")
            return
        }
        #expect(skip.reason == "request body only as text/plain, which verify does not generate")
    }
}
