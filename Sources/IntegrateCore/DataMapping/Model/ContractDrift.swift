/// Two copies of one contract (or of one event schema) kept in different places, and what the
/// contracts diff engine finds between them, read in the direction the data flows: the
/// consumer's copy is the base, the provider's copy the revision, so `error` means the
/// provider's copy breaks what the consumer's copy promises.
public struct ContractDrift: Sendable, Hashable {
    public struct Change: Sendable, Hashable {
        /// The diff engine's check id (`response-required-property-removed`).
        public var id: String
        public var level: ChangeLevel
        /// `Reservation.confirmed`, `GET /orders`.
        public var subject: String
        /// The provider copy's line for it, or the shape's when the field is absent there.
        public var provider: Evidence?
        public var consumer: Evidence?
        /// What each copy says (`bool, optional`, `absent`).
        public var providerSays: String
        public var consumerSays: String
    }

    /// `proto inventory.v1`, `event order.created`.
    public var identity: String
    /// Index in the catalog of the copy held by the provider (the revision).
    public var provider: Int
    /// Index of the consumer's copy (the base).
    public var consumer: Int
    /// False when neither copy's component is known to provide the contract: the levels then
    /// assume the first copy provides it.
    public var directionKnown: Bool
    public var changes: [Change]

    public var breaking: [Change] { changes.filter { $0.level == .error } }
}
