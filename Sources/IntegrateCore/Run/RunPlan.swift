/// What the Plan stage hands to Write: every file change of the run, the notes for the report,
/// the checklist as marked, and the person's markers kept against the evidence.
struct RunPlan {
    var changes: ChangeSet
    var notes: [String]
    var checklist: ChecklistDocument
    var disagreements: [RunReport.Disagreement]
}
