/// Public API hosts of SaaS vendors, so a URL to them becomes a `saas:<vendor>` resource.
enum KnownHosts {
    static let vendors: [(suffix: String, vendor: String)] = [
        ("stripe.com", "stripe"), ("twilio.com", "twilio"), ("sendgrid.com", "sendgrid"), ("sendgrid.net", "sendgrid"),
        ("slack.com", "slack"), ("openai.com", "openai"), ("anthropic.com", "anthropic"), ("github.com", "github"),
        ("githubusercontent.com", "github"), ("amazonaws.com", "aws"), ("googleapis.com", "gcp"),
        ("firebaseio.com", "firebase"), ("paypal.com", "paypal"), ("mailgun.net", "mailgun"), ("myshopify.com", "shopify"),
        ("shopify.com", "shopify"), ("salesforce.com", "salesforce"), ("sentry.io", "sentry"), ("auth0.com", "auth0"),
        ("algolia.net", "algolia"), ("segment.io", "segment"), ("hubapi.com", "hubspot"), ("braintreegateway.com", "braintree"),
        ("adyen.com", "adyen"), ("postmarkapp.com", "postmark"), ("mailchimp.com", "mailchimp"), ("azure.com", "azure"),
        ("windows.net", "azure"),
    ]

    /// The vendor serving `host`, or `nil`.
    static func vendor(of host: String) -> String? {
        vendors.first { host == $0.suffix || host.hasSuffix("." + $0.suffix) }?.vendor
    }

    /// A "host" that is really code (`self.host`, `config.api_host`): a receiver first label or
    /// an underscore, which no hostname has.
    static func isCodeExpression(_ host: String) -> Bool {
        let first = host.split(separator: ".").first.map(String.init) ?? host
        return host.contains("_") || ["self", "this", "cls", "options", "opts", "config", "settings", "app", "os", "env", "process"].contains(first)
    }

    /// Cloud instance-metadata services: reached under an internal name, yet a platform API
    /// outside the project (`http://metadata.google.internal/computeMetadata/v1/`).
    static let metadataServices: Set<String> = ["metadata.google.internal", "instance-data.ec2.internal"]

    /// Hosts that name this machine or a private address: never an external system.
    static func isLocal(_ host: String) -> Bool {
        guard !metadataServices.contains(host) else { return false }
        return host == "localhost" || host.hasPrefix("127.") || host == "0.0.0.0" || host.hasPrefix("10.")
            || host.hasPrefix("192.168.") || host.hasSuffix(".local") || host.hasSuffix(".internal")
            || host.hasSuffix(".svc") || host.contains(".svc.") || host == "host.docker.internal"
    }
}
