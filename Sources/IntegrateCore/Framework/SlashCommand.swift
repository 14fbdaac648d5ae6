/// The `/integrate` slash command for Claude Code: `integrate.md` in `~/.claude/commands/` or a
/// project's `.claude/commands/`, in the framework family's format (front matter with
/// `description` and `argument-hint`, then the instructions the agent follows).
///
/// The tool settles what evidence can settle; the command hands the agent the rest: the `[~]`
/// items, Field Mappings, Failure Injection and the decisions, written outside managed blocks.
public enum SlashCommand {
    public static let fileName = "integrate.md"

    public static let text = #"""
---
description: Map the integration landscape and run the Integration Framework, then finish what needs judgment
argument-hint: [project-path]
---

# Integration Framework

Run the `integrate` tool on the project, then do the part of the framework that only judgment can do.
The project is `$ARGUMENTS` (the current directory when empty).

## 1. Run the tool

```bash
integrate $ARGUMENTS --format json
```

If `integrate` is not on the PATH, say so and stop: never imitate its output by hand.

The JSON report holds:
- `landscape`: components, integration points (each with `evidence` file:line), edges, data
  stores, brokers, external systems, specs, and `unresolved` targets;
- `phases[]`: per phase its `findings` and `evaluations` (checklist item id -> `marker`, `reason`, `evidence`);
- `markerCounts`, `disagreements` (a `[x]` a person set that the evidence does not support),
  `changedFiles`, `notes`, `diagnostics`.

The artifacts are in `.claude/integrations/` of the project: `integrations-checklist.md`,
`integration-architecture.md`, `api-contracts/`, `data-mapping.md`, `error-handling.md`,
`testing-strategy.md`, `monitoring-setup.md`, `performance-optimization.md`, `CHANGELOG.md`.

## 2. Read before writing

1. Read `.claude/integrations/integrations-prompt.md`: its principles and success metrics apply.
2. Read the checklist and the report's evaluations. `[x]` items are settled by evidence; do not redo them.
3. Check three claims of the landscape against the source (open the cited file:line). Report any
   that is wrong instead of writing around it.

## 3. Work through what the tool could not settle

- **`[~]` items**: the tool found partial evidence; each `reason` says what is missing. Look at the
  code, decide, and either do the work or write down why it does not apply.
- **`unresolved` targets** and **Open Questions**: find where each target is configured, or name
  it as a question for the person.
- **Field Mappings** (`data-mapping.md`): source field -> target field, transformation and
  validation rule for each flow that crosses a boundary, read from the code that builds the payload.
- **Failure Injection** (`testing-strategy.md`): which failures (timeouts, 5xx, slow responses,
  broker outages) each outbound dependency must survive, and how to rehearse them.
- **Decisions**: sync or async per flow, retry and timeout budgets, ownership of each data store,
  versioning of each contract. Write each decision with its reason.
- **`disagreements`**: show them to the person; never lower a marker they set.

## 4. Write outside managed blocks only

Generated content sits between `<!-- integrate:begin ID -->` and `<!-- integrate:end ID -->`.
Never edit inside those blocks: the next run replaces them. Write your text above or below them;
`integrate` keeps every byte outside its blocks. In the checklist, set `[x]` or `[!]` (with the
reason) on items you finished or found blocked; the tool never lowers a marker a person set.

Never write a secret's value anywhere; name where it is configured.

## 5. Refresh

Run `integrate $ARGUMENTS --format json` again. It re-evaluates the checklist markers and
regenerates the managed blocks from the code you may have changed. Then tell the person, briefly:
what changed, what is still `[~]` or `[ ]` and why, and the decisions that need them.
"""#
}
