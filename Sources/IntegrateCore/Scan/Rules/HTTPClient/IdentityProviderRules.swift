/// An OIDC/JWT authority configured in code: every token validation or sign-in goes to it, so it
/// is an edge to the identity provider, resolved like any address (`Authority = configuration["IdentityUrl"]`).
enum IdentityProviderRules {
    static let all = [dotnetAuthority, jsAuthority]

    static let dotnetAuthority = Rule(
        id: "csharp.oidc.authority", summary: "The OIDC/JWT authority of an authentication handler in .NET.",
        kind: .outboundHTTP, technology: "oidc", protocol: "http", direction: .call, languages: [.csharp],
        keywords: ["Authority"],
        pattern: #"\b\w+\.Authority\s*=\s*(?<target>[^;\n]+)"#,
        triggering: ["services.AddAuthentication().AddJwtBearer(options =>\n{\n    ↓options.Authority = configuration[\"IdentityUrl\"];\n});"],
        nonTriggering: ["var authority = GetAuthority();"])

    static let jsAuthority = Rule(
        id: "js.oidc.authority", summary: "The authority of an OIDC client configuration (oidc-client, angular-oauth2-oidc, NextAuth issuer).",
        kind: .outboundHTTP, technology: "oidc", protocol: "http", direction: .call, languages: [.typescript, .javascript],
        keywords: ["authority:", "issuer:"],
        pattern: #"\b(?:authority|issuer)\s*:\s*(?<target>"# + RulePatterns.argument + ")",
        confidence: .medium,
        note: "Any object property named `authority` or `issuer` is taken for an OIDC setting.",
        triggering: ["const settings = { ↓authority: process.env.IDENTITY_URL, client_id: 'spa' }"],
        nonTriggering: ["const settings = { client_id: 'spa' }"])
}
