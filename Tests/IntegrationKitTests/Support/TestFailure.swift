/// An error thrown by test operations; distinct values let predicates tell them apart.
struct TestFailure: Error, Equatable {
    var code = 500
}
