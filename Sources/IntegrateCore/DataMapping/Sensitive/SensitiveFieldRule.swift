/// A kind of personal or secret data, recognised by field name (normalized: `customer_email`,
/// `customerEmail` and `CUSTOMER-EMAIL` read alike) or by declared format.
struct SensitiveFieldRule: Sendable {
    var category: String
    /// Normalized names the field's name may be or end with.
    var names: [String]
    /// Normalized names that only match exactly (too short to match as a suffix).
    var exact: [String] = []
    /// Formats (`email`, `password`) that mark the field whatever its name.
    var formats: [String] = []
    var triggering: [String]
    var nonTriggering: [String]

    func matches(_ field: DataField) -> Bool {
        if let format = field.format?.lowercased(), formats.contains(format) { return true }
        let name = CatalogNames.normalized(field.name)
        if exact.contains(name) { return true }
        return names.contains { name == $0 || name.hasSuffix($0) }
    }

    static let all: [SensitiveFieldRule] = [
        SensitiveFieldRule(category: "email", names: ["email", "emailaddress", "mail"], formats: ["email", "idn-email"],
                           triggering: ["email", "customer_email", "contactMail"], nonTriggering: ["emailVerified", "mailbox_count"]),
        SensitiveFieldRule(category: "phone", names: ["phone", "phonenumber", "mobile", "msisdn", "telephone"],
                           triggering: ["phone", "mobile_phone"], nonTriggering: ["phoneVerified"]),
        SensitiveFieldRule(category: "postal address", names: ["address", "streetaddress", "street", "postcode", "postalcode", "zipcode", "shippingaddress", "billingaddress"],
                           exact: ["zip"], triggering: ["shippingAddress", "zip"], nonTriggering: ["ipAddressCount", "zipped"]),
        SensitiveFieldRule(category: "birth date", names: ["birthdate", "dateofbirth", "dob", "birthday"],
                           triggering: ["date_of_birth", "dob"], nonTriggering: ["doberman"]),
        SensitiveFieldRule(category: "card number", names: ["cardnumber", "pan", "creditcard", "ccnumber", "cvv", "cvc"],
                           triggering: ["card_number", "cvv"], nonTriggering: ["panel", "company"]),
        SensitiveFieldRule(category: "iban", names: ["iban", "bic", "accountnumber", "routingnumber"], formats: ["iban"],
                           triggering: ["iban", "bank_account_number"], nonTriggering: ["ibanValidated"]),
        SensitiveFieldRule(category: "national id", names: ["ssn", "socialsecuritynumber", "nationalid", "taxid", "passportnumber"],
                           triggering: ["ssn", "national_id"], nonTriggering: ["session"]),
        SensitiveFieldRule(category: "password", names: ["password", "passwd", "passphrase", "pin"], formats: ["password"],
                           triggering: ["password", "new_password"], nonTriggering: ["passwordPolicy", "spinner"]),
        SensitiveFieldRule(category: "token", names: ["token", "accesstoken", "refreshtoken", "sessionid", "secret", "cardtoken"],
                           triggering: ["access_token", "card_token"], nonTriggering: ["tokenCount", "tokenized"]),
        SensitiveFieldRule(category: "api key", names: ["apikey", "apisecret", "clientsecret", "privatekey"],
                           triggering: ["api_key", "clientSecret"], nonTriggering: ["apiKeyName"]),
    ]
}
