/// Celery tasks (consumers) and their invocations (producers).
enum CeleryRules {
    static let all = [task, enqueue]

    static let task = MessagingRule.make(
        "python.celery.task", "A Celery task, run by a worker.", producer: false, technology: "celery", protocol: "celery",
        [.python], ["shared_task", ".task\n", ".task\r", ".task("],
        #"@(?:\w+\.task|shared_task)\b"#,
        ["↓@shared_task\ndef send_receipt(order_id): ..."], ["@property\ndef task(self): ..."])

    static let enqueue = MessagingRule.make(
        "python.celery.enqueue", "A Celery task sent to the broker with `.delay` or `.apply_async`.", producer: true,
        technology: "celery", protocol: "celery", [.python], [".delay(", ".apply_async("],
        #"\b(?!(?:self|cls|pool|loop|super)\b)(?<topic>\w+)\.(?:delay|apply_async)\("#,
        confidence: .medium,
        ["↓send_receipt.delay(order.id)"], ["time.sleep(1)", "res = self.pool.apply_async(sqr, (7,))", "self.delay(delay_seconds=3)"])
}
