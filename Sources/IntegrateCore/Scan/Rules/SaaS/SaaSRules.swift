/// Third-party SaaS APIs, found by SDK imports, client constructors and API hosts.
///
/// One rule per vendor; its target is the vendor's API host, so every use of one vendor meets in
/// one external system.
enum SaaSRules {
    static let all = [stripe, twilio, sendgrid, slack, openai, anthropic, github, shopify, salesforce, paypal, mailgun, firebase, gcp, aws, sentry, datadog]

    private static func vendor(
        _ name: String, host: String, keywords: [String], _ pattern: String, note: String? = nil,
        _ triggering: [String], _ nonTriggering: [String]
    ) -> Rule {
        Rule(id: "saas.\(name)", summary: "Calls to \(name) (SDK import, client or API host).", kind: .saas, technology: name,
             protocol: "https", direction: .call, languages: Language.allCases, keywords: keywords, pattern: pattern,
             defaultTarget: host, confidence: .high, note: note, triggering: triggering, nonTriggering: nonTriggering)
    }

    /// `import stripe`, `require('stripe')`, `from 'stripe'`, `new Stripe(`, `stripe.X.create(`, `api.stripe.com`,
    /// `github.com/stripe/stripe-go`, `com.stripe`, `using Stripe;`.
    static let stripe = vendor(
        "stripe", host: "api.stripe.com", keywords: ["stripe", "Stripe"],
        #"^\s*import\s+stripe\b|\brequire\(\s*['"]stripe['"]\s*\)|\bfrom\s+['"]stripe['"]|\bnew\s+Stripe\(|\bstripe\.\w+\.(?:create|retrieve|update|list|confirm|capture)\(|\bapi\.stripe\.com\b|github\.com/stripe/stripe-go|\bimport\s+com\.stripe\.|^\s*using\s+Stripe;|\bStripe\\\w+"#,
        ["↓import stripe", "intent = ↓stripe.PaymentIntent.create(amount=100, currency=\"usd\")"],
        ["stripe_color = \"#635bff\""])

    static let twilio = vendor(
        "twilio", host: "api.twilio.com", keywords: ["twilio", "Twilio"],
        #"^\s*(?:from|import)\s+twilio\b|\brequire\(\s*['"]twilio['"]\s*\)|\bfrom\s+['"]twilio['"]|\bapi\.twilio\.com\b|\bimport\s+com\.twilio\.|^\s*using\s+Twilio;|github\.com/twilio/twilio-go"#,
        ["↓from twilio.rest import Client"], ["twilio_enabled = False"])

    static let sendgrid = vendor(
        "sendgrid", host: "api.sendgrid.com", keywords: ["sendgrid", "SendGrid"],
        #"\bsendgrid\.SendGridAPIClient\(|^\s*(?:from|import)\s+sendgrid\b|['"]@sendgrid/mail['"]|\bapi\.sendgrid\.com\b|\bimport\s+com\.sendgrid\.|^\s*using\s+SendGrid;"#,
        ["sg = ↓sendgrid.SendGridAPIClient(os.environ[\"SENDGRID_KEY\"])"], ["sendgrid_template = \"welcome\""])

    static let slack = vendor(
        "slack", host: "slack.com", keywords: ["slack"],
        #"\bhooks\.slack\.com\b|\bslack\.com/api\b|['"]@slack/(?:web-api|bolt|webhook)['"]|^\s*(?:from|import)\s+slack_(?:sdk|bolt)\b|github\.com/slack-go/slack"#,
        ["WEBHOOK = \"https://↓hooks.slack.com/services/T000/B000/XXXX\""], ["slack_channel = \"#alerts\""])

    static let openai = vendor(
        "openai", host: "api.openai.com", keywords: ["openai", "OpenAI"],
        #"\bopenai\.(?:Async)?OpenAI\(|^\s*(?:from|import)\s+openai\b|\bnew\s+OpenAI\(|['"]openai['"]\s*\)|\bfrom\s+['"]openai['"]|\bapi\.openai\.com\b|github\.com/openai/openai-go|github\.com/sashabaranov/go-openai"#,
        ["client = ↓openai.OpenAI()"], ["model_name = \"gpt\""])

    static let anthropic = vendor(
        "anthropic", host: "api.anthropic.com", keywords: ["anthropic", "Anthropic"],
        #"^\s*(?:from|import)\s+anthropic\b|\bnew\s+Anthropic\(|['"]@anthropic-ai/sdk['"]|\bapi\.anthropic\.com\b"#,
        ["↓import anthropic"], ["vendor = \"anthropic-like\""])

    static let github = vendor(
        "github", host: "api.github.com", keywords: ["api.github.com", "octokit", "Octokit", "PyGithub", "from github", "go-github"],
        #"\bapi\.github\.com\b|['"]@octokit/\w+['"]|\bnew\s+Octokit\(|^\s*from\s+github\s+import\b|github\.com/google/go-github"#,
        ["r = requests.get(\"https://↓api.github.com/repos/acme/app\")"], ["url = \"https://github.com/acme/app\""])

    static let shopify = vendor(
        "shopify", host: "myshopify.com", keywords: ["shopify", "Shopify"],
        #"\.myshopify\.com\b|['"]@shopify/[\w-]+['"]|^\s*import\s+shopify\b|\bShopifyAPI\b"#,
        ["↓import shopify"], ["theme = \"shopify-like\""])

    static let salesforce = vendor(
        "salesforce", host: "salesforce.com", keywords: ["salesforce", "simple_salesforce", "jsforce"],
        #"\b[\w-]+\.(?:my\.)?salesforce\.com\b|^\s*from\s+simple_salesforce\b|['"]jsforce['"]"#,
        ["↓from simple_salesforce import Salesforce"], ["crm = \"salesforce-like\""])

    static let paypal = vendor(
        "paypal", host: "api.paypal.com", keywords: ["paypal"],
        #"\bapi(?:-m)?\.(?:sandbox\.)?paypal\.com\b|['"]@paypal/[\w-]+['"]|^\s*import\s+paypalrestsdk\b|com\.paypal\."#,
        ["BASE = \"https://↓api-m.sandbox.paypal.com\""], ["method = \"paypal\""])

    static let mailgun = vendor(
        "mailgun", host: "api.mailgun.net", keywords: ["mailgun"],
        #"\bapi\.(?:eu\.)?mailgun\.net\b|['"]mailgun(?:\.js|-js)['"]|github\.com/mailgun/mailgun-go"#,
        ["requests.post(\"https://↓api.mailgun.net/v3/mg.example.com/messages\", auth=auth)"], ["provider = \"mailgun\""])

    static let firebase = vendor(
        "firebase", host: "firebase.googleapis.com", keywords: ["firebase"],
        #"^\s*import\s+firebase_admin\b|['"]firebase(?:-admin)?(?:/[\w-]+)?['"]|\bfirebaseio\.com\b|firebase\.google\.com/go"#,
        ["↓import firebase_admin"], ["use_firebase = True"])

    static let gcp = vendor(
        "gcp", host: "googleapis.com", keywords: ["google.cloud", "@google-cloud/", "cloud.google.com/go", "com.google.cloud"],
        #"^\s*from\s+google\.cloud\s+import\s+(?!pubsub)\w+|['"]@google-cloud/(?!pubsub)[\w-]+['"]|"cloud\.google\.com/go/(?!pubsub)[\w/]+"|\bimport\s+com\.google\.cloud\.(?!pubsub)"#,
        note: "Pub/Sub is reported by the messaging rules instead.",
        ["↓from google.cloud import storage"], ["from google.cloud import pubsub_v1"])

    static let aws = vendor(
        "aws", host: "amazonaws.com", keywords: ["boto3", "@aws-sdk/", "aws-sdk-go", "software.amazon.awssdk", "using Amazon."],
        #"\bboto3\.(?:client|resource)\(\s*['"](?!s3['"]|dynamodb['"]|sqs['"])[\w-]+['"]|['"]@aws-sdk/client-(?!s3['"]|dynamodb['"]|sqs['"])[\w-]+['"]|github\.com/aws/aws-sdk-go-v2/service/(?!s3"|dynamodb"|sqs")\w+|\bimport\s+software\.amazon\.awssdk\.services\.(?!s3\.|dynamodb\.|sqs\.)\w+"#,
        note: "S3, DynamoDB and SQS are reported by their own rules.",
        ["ses = ↓boto3.client(\"ses\")"], ["s3 = boto3.client(\"s3\")"])

    static let sentry = vendor(
        "sentry", host: "sentry.io", keywords: ["sentry", "Sentry"],
        #"\bsentry_sdk\.init\(|\bSentry\.init\(|\bSentrySDK\.start\(|\bingest\.(?:\w+\.)?sentry\.io\b"#,
        ["↓sentry_sdk.init(dsn=SENTRY_DSN)"], ["import sentry_sdk"])

    static let datadog = vendor(
        "datadog", host: "datadoghq.com", keywords: ["datadog", "ddtrace"],
        #"\bdatadoghq\.(?:com|eu)\b|^\s*from\s+datadog(?:_api_client)?\s+import\b|['"]dd-trace['"]"#,
        ["↓from datadog import initialize, statsd"], ["import ddtrace_like"])
}
