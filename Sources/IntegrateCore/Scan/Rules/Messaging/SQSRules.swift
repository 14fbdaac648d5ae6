/// Amazon SQS senders and receivers with their queue URLs.
enum SQSRules {
    static let all = [pythonSend, pythonReceive, jsSend, jsReceive, javaSend, javaListener, goSend, dotnetSend]

    private static let argument = MessagingRule.argument
    private static func sqs(_ id: String, _ summary: String, producer: Bool, _ languages: [Language], _ keywords: [String],
                            _ pattern: String, _ triggering: [String], _ nonTriggering: [String]) -> Rule {
        MessagingRule.make(id, summary, producer: producer, technology: "aws.sqs", protocol: "aws.sqs", languages, keywords, pattern,
                           triggering, nonTriggering)
    }

    static let pythonSend = sqs(
        "python.sqs.send", "A boto3 SQS send to a queue URL.", producer: true, [.python], ["send_message"],
        #"(?<=\.)send_message(?:_batch)?\([^)]*?QueueUrl\s*=\s*(?<topic>"# + argument + ")",
        ["sqs.↓send_message(QueueUrl=QUEUE_URL, MessageBody=json.dumps(event))"], ["sqs = boto3.client(\"sqs\")"])

    static let pythonReceive = sqs(
        "python.sqs.receive", "A boto3 SQS receive from a queue URL.", producer: false, [.python], ["receive_message"],
        #"(?<=\.)receive_message\([^)]*?QueueUrl\s*=\s*(?<topic>"# + argument + ")",
        ["resp = sqs.↓receive_message(QueueUrl=QUEUE_URL, WaitTimeSeconds=20)"], ["sqs.delete_message(QueueUrl=Q, ReceiptHandle=h)"])

    static let jsSend = sqs(
        "js.sqs.send", "An AWS SDK v3 SendMessageCommand to a queue URL.", producer: true, [.javascript, .typescript], ["SendMessage"],
        #"\bnew\s+SendMessage(?:Batch)?Command\(\s*\{[^}]*?QueueUrl:\s*(?<topic>"# + argument + ")",
        ["await sqs.send(↓new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }))"],
        ["import { SendMessageCommand } from '@aws-sdk/client-sqs'"])

    static let jsReceive = sqs(
        "js.sqs.receive", "An AWS SDK v3 ReceiveMessageCommand on a queue URL.", producer: false, [.javascript, .typescript],
        ["ReceiveMessageCommand"],
        #"\bnew\s+ReceiveMessageCommand\(\s*\{[^}]*?QueueUrl:\s*(?<topic>"# + argument + ")",
        ["const out = await sqs.send(↓new ReceiveMessageCommand({ QueueUrl: url }))"], ["import { ReceiveMessageCommand } from '@aws-sdk/client-sqs'"])

    static let javaSend = sqs(
        "java.sqs.send", "An AWS SDK SendMessageRequest to a queue URL.", producer: true, [.java, .kotlin], ["SendMessageRequest"],
        #"\bSendMessageRequest\.builder\(\)[\s\S]{0,200}?\.queueUrl\(\s*(?<topic>"# + argument + ")",
        ["sqs.sendMessage(↓SendMessageRequest.builder().queueUrl(queueUrl).messageBody(body).build());"],
        ["import software.amazon.awssdk.services.sqs.model.SendMessageRequest;"])

    static let javaListener = sqs(
        "java.sqs.listener", "A Spring Cloud AWS `@SqsListener` on a queue.", producer: false, [.java, .kotlin], ["@SqsListener"],
        #"@SqsListener\(\s*(?:(?:value|queueNames)\s*=\s*)?\{?\s*(?<topic>"[^"\n]*")"#,
        ["↓@SqsListener(\"refunds\")\npublic void on(String m) {}"], ["@EnableSqs\nclass Config {}"])

    static let goSend = sqs(
        "go.sqs.send", "An AWS SDK for Go SendMessage to a queue URL.", producer: true, [.go], ["sqs.SendMessageInput"],
        #"\bsqs\.SendMessageInput\{[\s\S]{0,200}?QueueUrl:\s*(?:aws\.String\()?(?<topic>"# + argument + ")",
        ["_, err := client.SendMessage(ctx, &↓sqs.SendMessageInput{\n\tQueueUrl: aws.String(queueURL),\n})"],
        ["var _ = sqs.NewFromConfig(cfg)"])

    static let dotnetSend = sqs(
        "csharp.sqs.send", "An AWS SDK for .NET SendMessageAsync to a queue URL.", producer: true, [.csharp], ["Amazon.SQS", "AmazonSQS"],
        #"\b\w+\.SendMessageAsync\(\s*(?<topic>"# + argument + ")",
        ["using Amazon.SQS;\nawait ↓_sqs.SendMessageAsync(queueUrl, body);"], ["using Amazon.SQS;\nvar sqs = new AmazonSQSClient();"])
}
