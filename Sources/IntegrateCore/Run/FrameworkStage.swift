/// What the Framework stage hands on: where the framework came from, its files' plan, the
/// state as the installer left it, and the checklist, template and prompt the run follows.
struct FrameworkStage {
    var source: FrameworkSource
    var plan: FrameworkInstaller.Plan
    var state: FrameworkState
    /// Notes so far: a stale lock, a recovered write, the source's own, a checklist problem.
    var notes: [String]
    var checklist: ChecklistDocument
    var template: TemplateDocument
    var prompt: PromptDocument
}
