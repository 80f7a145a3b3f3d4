import type {MimeBody} from '../input/mime.js'
import type {Mode, Severity} from '../types.js'

/** A rule's setting in a config: a severity, or a severity with options. */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** What `lint()` takes besides the text. Everything is optional. */
export interface LintOptions {
  /** Picks the input format by its ending (.txt, .md, .eml) and names the file in messages. */
  filePath?: string
  mode?: Mode
  rules?: Record<string, RuleSetting>
  placeholders?: {allowed?: string[]}
  /** The send date (ISO), for promptness; defaults to now. */
  date?: string
  /** When the invitation or offer was received (ISO date), for promptness; wins over front matter `invited`. */
  received?: string
  /** When the interview is (ISO date or date-time), for promptness; wins over front matter `interview`. */
  interview?: string
  /** Apply safe fixes and return the fixed text as `output`. */
  fix?: boolean
  /** An email's checked part as postal-mime read it (`lintAsync` reads it for you). */
  mimeBody?: MimeBody
}

/** Thrown for options that name no rule, or a severity or option that does not exist. */
export class ConfigError extends Error {
  constructor(message: string, readonly source?: string) {
    super(source ? `${source}: ${message}` : message)
    this.name = 'ConfigError'
  }
}
