/// Every built-in setup rule, in the order the docs list them. The registry test fails on
/// duplicate ids, rules without examples, and examples that do not hold.
public enum SetupRuleRegistry {
    public static let builtIn: [SetupRule] =
        DotNetSetupRules.all + JVMSetupRules.all + PythonSetupRules.all + JavaScriptSetupRules.all
        + GoSetupRules.all + SwiftSetupRules.all + DeploymentSetupRules.all + MessagingSetupRules.all
}
