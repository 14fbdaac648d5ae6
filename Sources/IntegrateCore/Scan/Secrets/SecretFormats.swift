/// The built-in credential formats: vendors' documented key prefixes and PEM private keys.
///
/// Test keys (`sk_test_`), publishable keys (`pk_live_`) and obvious dummies (AWS's documented
/// `…EXAMPLE` key, `xxxx…`, a value of few distinct characters) are not reported, in any folder:
/// a real-looking key in a test fixture is still a key anyone with the repository can use.
enum SecretFormats {
    static let all: [SecretFormat] = [
        SecretFormat(
            id: "secret.aws-access-key-id", label: "AWS access key id", keywords: ["AKIA"],
            pattern: #"(?<![A-Z0-9])(?<value>AKIA[0-9A-Z]{16})(?![A-Za-z0-9])"#,
            triggering: ["aws_access_key_id = ↓AKIAQ3EGT7LMZKD4RW5N", "const id = \"↓AKIAZR4TQ8WNXJ2P7VHB\";"],
            nonTriggering: ["aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "key = AKIAQ3EGT7LMZKD4RW5", "id: XAKIAQ3EGT7LMZKD4RW5N",
                            "AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}"]),
        SecretFormat(
            id: "secret.stripe-live-key", label: "Stripe live secret key", keywords: ["sk_live_", "rk_live_"],
            pattern: #"(?<![A-Za-z0-9_])(?<value>(?:sk|rk)_live_[0-9A-Za-z]{16,})"#,
            triggering: ["stripe.api_key = \"↓sk_live_51Hc8QnK2vT7yXr0pLmZ4sD9a\"", "STRIPE_KEY=↓rk_live_4eC39HqLyjWDarjtT1zdp7dc"],
            nonTriggering: ["stripe.api_key = \"sk_test_51Hc8QnK2vT7yXr0pLmZ4sD9a\"", "key = \"pk_live_51Hc8QnK2vT7yXr0pLmZ4sD9a\"",
                            "key = \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\"", "if key.hasPrefix(\"sk_live_\") { warn() }"]),
        SecretFormat(
            id: "secret.github-token", label: "GitHub token", keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
            pattern: #"(?<![A-Za-z0-9_])(?<value>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])"#,
            triggering: ["GITHUB_TOKEN=↓ghp_8fK2mQ7vX1zR4tY9wB3nL6pD0sH5jC2aE7uG",
                         "token: ↓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"],
            nonTriggering: ["GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "prefix = \"ghp_\"", "token: ghp_8fK2mQ7vX1zR4tY9wB3nL6"]),
        SecretFormat(
            id: "secret.slack-token", label: "Slack token", keywords: ["xoxb-", "xoxa-", "xoxp-", "xoxr-", "xoxs-"],
            pattern: #"(?<![A-Za-z0-9])(?<value>xox[baprs]-[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]{6,})+)"#,
            triggering: ["SLACK_BOT_TOKEN=↓xoxb-2849305716-5830192746153-Qw7eRt9yUi2oPa4sDf6gHj8k"],
            nonTriggering: ["SLACK_BOT_TOKEN=xoxb-your-token-here", "SLACK_BOT_TOKEN=xoxb-000000000000-000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
                            "tokenPrefix = \"xoxb-\""]),
        SecretFormat(
            id: "secret.google-api-key", label: "Google API key", keywords: ["AIza"],
            pattern: #"(?<![A-Za-z0-9_\-])(?<value>AIza[0-9A-Za-z_\-]{35})(?![A-Za-z0-9_\-])"#,
            triggering: ["const mapsKey = \"↓AIzaSyD4kR8tW2nQ7vL1xZ9pM3bC6fH0jK5sE8u\";"],
            nonTriggering: ["const mapsKey = \"AIzaSyD4kR8tW2nQ7vL1xZ9pM3bC6\";", "mapsKey: AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"]),
        SecretFormat(
            id: "secret.private-key", label: "private key (PEM)", keywords: ["PRIVATE KEY-----"],
            // The header followed by base64 body text (after optional `Proc-Type:` style headers),
            // on real lines or in a string literal with `\n` escapes; a bare header is a parser's
            // constant, not a key.
            pattern: #"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:(?:\r?\n|\\n)[A-Za-z-]+: [^\n\\]*)*(?:\r?\n|\\n)+(?<value>[A-Za-z0-9+/=]{40,})"#,
            triggering: ["↓-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM2Y7Fq8dR4nXvK1pL9sW0eH6cJ2u\n-----END RSA PRIVATE KEY-----",
                         "let pem = \"↓-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\""],
            nonTriggering: ["if line == \"-----BEGIN RSA PRIVATE KEY-----\" { start() }",
                            "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
                            "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----"]),
    ]
}
