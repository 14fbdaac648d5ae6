import Testing
@testable import IntegrationKit
