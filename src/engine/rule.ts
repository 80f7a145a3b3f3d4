import type {Document} from '../document/document.js'
import type {Finding, Mode, Severity} from '../types.js'

/** Where rule docs live; a rule's `url` is this plus its id. */
export const docsBase = 'https://github.com/decline-lint/decline-lint/blob/main/docs/rules/'

/** What a rule is given besides the Document. */
export interface RuleContext<Options> {
  options: Options
  mode: Mode
  /** The day the message is sent (for promptness). */
  now: Date
  /** Placeholder names a team allows in templates. */
  allowedPlaceholders?: string[]
}

/** A rule: metadata apart from behaviour, and a pure `check`. */
export interface Rule<Options extends object = object> {
  id: string
  description: string
  defaultSeverity: Exclude<Severity, 'off'>
  /** `safe`: its findings carry a `fix` that --fix applies; `suggestion`: only suggestions. */
  fix: 'safe' | 'suggestion' | 'none'
  /** Default options; the config may set any of these keys and no others. */
  defaults: Options
  url: string
  check(doc: Document, context: RuleContext<Options>): Finding[]
  /** A check that needs every file of the run at once (one spelling across a repository). */
  acrossFiles?: AcrossFiles
}

/** A finding about one of the run's files. */
export interface FileFinding {
  filePath: string
  finding: Finding
}

/**
 * A run-level check, in two steps so that `lint()` stays one file at a time: `collect` reads what
 * it needs from each file's Document (undefined: nothing to contribute), and `check` sees what was
 * collected from all of them and returns findings on any of them.
 */
export interface AcrossFiles {
  collect(doc: Document, context: RuleContext<object>): unknown
  check(files: Array<{filePath: string; data: unknown}>): FileFinding[]
}

/** Define a rule; the docs URL comes from its id. */
export function defineRule<Options extends object = Record<string, never>>(
  rule: Omit<Rule<Options>, 'url' | 'defaults'> & {defaults?: Options}
): Rule<Options> {
  return {...rule, defaults: rule.defaults ?? ({} as Options), url: docsBase + rule.id + '.md'}
}
