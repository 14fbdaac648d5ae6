/// A check over the two documents as a whole (global security, webhooks).
public protocol DocumentCheck: Sendable {
    func check(_ pair: DocumentPair, into sink: inout ChangeSink)
}

/// A check over the operations: `base`/`revision` are `nil` when the operation was added/removed.
public protocol OperationCheck: Sendable {
    func check(base: SpecOperation?, revision: SpecOperation?, documents: DocumentPair, into sink: inout ChangeSink)
}

/// A check over one pair of schemas; the `SchemaWalker` calls it at every depth.
public protocol SchemaCheck: Sendable {
    func check(_ pair: SchemaPair, into sink: inout ChangeSink)
}
