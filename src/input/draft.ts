/** The Draft: the input text, which of it is prose, and what metadata it carries. */

/** Metadata a draft may carry (front matter, email headers, options). */
export interface DraftMeta {
  subject?: string
  company?: string
  role?: string
  recipient?: string
  sender?: string
  /** When the invitation or offer arrived (ISO date). */
  invited?: string
  /** When the interview is (ISO date or date-time). */
  interview?: string
  /** When the message is sent (ISO date); defaults to today. */
  date?: string
  mode?: 'draft' | 'template'
  /** A phone-call script: no greeting or sign-off lines expected. */
  script?: boolean
}

/** A span of the original text. */
export interface Span {
  start: number
  end: number
  text: string
}

/** One input, read and ready to analyse. Offsets always point into `text`. */
export interface Draft {
  format: 'text' | 'markdown' | 'email' | 'html'
  /**
   * The input as read: the original, except where a reader decoded text in place (an HTML
   * template's text with its references decoded and tags blanked, an email's encoded part), with
   * the same length, so that offsets into it are offsets into the original. Fixes apply to the
   * original, which the engine keeps.
   */
  text: string
  /**
   * `text` with everything that is not prose (headers, front matter, code, quotes) blanked
   * out by spaces, so that offsets into it are offsets into `text`.
   */
  prose: string
  /** The subject line's value, where the draft has one in its text. */
  subject?: Span
  meta: DraftMeta
  /**
   * Problems with the input that did not stop it being read (front matter read leniently): each
   * is reported as a fatal message, beside the rules' findings.
   */
  problems?: string[]
  /** Rules switched off for a region by comments in the draft (Markdown). */
  disabled: DisabledRegion[]
  /**
   * Regions whose prose is decoded text laid over an encoding (a base64 email part): positions
   * there are approximate, so findings there carry no fixes.
   */
  unmapped?: Array<{start: number; end: number}>
}

/** A region where some rules (or all, when `rules` is empty) are switched off. */
export interface DisabledRegion {
  start: number
  end: number
  rules: string[]
}

/** Blank out [start, end) of `text` with spaces, keeping line breaks so lines stay lines. */
export function blank(text: string, start: number, end: number): string {
  const hidden = text.slice(start, end).replace(/[^\r\n]/g, ' ')
  return text.slice(0, start) + hidden + text.slice(end)
}
