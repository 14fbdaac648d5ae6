/// OpenAPI 3.1 webhooks added or removed.
struct WebhookUpdatedCheck: DocumentCheck {
    func check(_ pair: DocumentPair, into sink: inout ChangeSink) {
        for name in pair.base.webhooks.keys.sorted() where pair.revision.webhooks[name] == nil {
            sink.emitDocument("webhook-removed", pointer: JSONPointer.append("/webhooks", name), line: pair.base.root["webhooks"]?[name]?.line, arguments: [name])
        }
        for name in pair.revision.webhooks.keys.sorted() where pair.base.webhooks[name] == nil {
            sink.emitDocument("webhook-added", pointer: JSONPointer.append("/webhooks", name), line: pair.revision.root["webhooks"]?[name]?.line, arguments: [name])
        }
    }
}
