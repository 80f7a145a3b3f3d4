/** Shared types of the engine, the rules and the reporters. */

/** How loud a finding is: `off` turns a rule off. */
export type Severity = 'off' | 'warn' | 'error'

/** A mode: a draft about to be sent, or a template with placeholders to fill. */
export type Mode = 'draft' | 'template'

/** An edit to the original text: replace [start, end) (UTF-16 code units) with `text`. */
export interface Edit {
  range: [number, number]
  text: string
}

/** A change a person may choose to make. */
export interface Suggestion {
  desc: string
  fix: Edit
}

/** One message from one rule, before the engine stamps rule id, severity and position. */
export interface Finding {
  /** What is wrong, quoting the words at fault. */
  reason: string
  /** Why it matters (shown as the message's note). */
  note?: string
  /** Span the finding is about: [start, end) offsets in the original text. */
  start: number
  end: number
  /** The words at fault. */
  actual?: string
  /** Replacements or insertions that would satisfy the rule. */
  expected?: string[]
  /** An edit that `--fix` applies: only for changes that add and never drop the writer's words. */
  fix?: Edit
  /** Edits for a person to choose from; at least one per finding where one can be written. */
  suggestions?: Suggestion[]
}

/** A finding as the engine returns it. */
export interface LintMessage extends Finding {
  ruleId: string
  severity: 1 | 2
  source: 'decline-lint'
  url: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** Set on messages about the input itself (unreadable, bad config): no rule produced it. */
  fatal?: boolean
}
