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
}

/** Define a rule; the docs URL comes from its id. */
export function defineRule<Options extends object = Record<string, never>>(
  rule: Omit<Rule<Options>, 'url' | 'defaults'> & {defaults?: Options}
): Rule<Options> {
  return {...rule, defaults: rule.defaults ?? ({} as Options), url: docsBase + rule.id + '.md'}
}
