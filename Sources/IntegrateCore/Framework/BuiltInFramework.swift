/// The framework files compiled into the tool, used when no templates folder provides them.
public enum BuiltInFramework {
    /// File names of the three components, in install order.
    public static let promptFile = "integrations-prompt.md"
    public static let templateFile = "integrations-template.md"
    public static let checklistFile = "integrations-checklist.md"
    public static let componentFiles = [promptFile, templateFile, checklistFile]

    /// Built-in content by file name.
    public static let files: [String: String] = [
        promptFile: prompt,
        templateFile: template,
        checklistFile: checklist,
    ]
}
