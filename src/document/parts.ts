import type {Span} from '../input/draft.js'

/** The salutation line that opens a letter. */
export interface Greeting extends Span {
  /** The salutation word(s): "Dear", "Hi", "Good morning". */
  salutation: string
  /** Who it is addressed to, as written ("Ms. Patel", "Hiring Team"), when anyone. */
  name?: Span
}

/** The lines that close a letter. */
export interface SignOff extends Span {
  /** The closing phrase ("Best regards,"), when there is one. */
  closing?: Span
  /** The sender's name line, when there is one. */
  name?: Span
}

/** A line of the prose with its offsets. */
interface Line extends Span {}

const salutation =
  /^(dear|hi|hiya|hello|hey|heya|yo|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|hi there|hello there)\b[ \t]*/i

/** Closings, whole line (punctuation allowed). */
export const closingLine =
  /^(?:(?:with )?(?:best|kind|kindest|warm|warmest|warm and best|many|all the best|my best|best) (?:regards|wishes)|best|regards|sincerely|yours sincerely|yours faithfully|yours truly|sincerely yours|respectfully(?: yours)?|cordially|warmly|all the best|many thanks|thanks(?: again)?(?: so much)?|thank you(?: again)?(?: so much)?|cheers|take care|with gratitude|gratefully|with appreciation|thanks and regards|best wishes|kind regards|talk soon|ttyl|later|peace)\s*[,.!]?\s*$/i

/** Split prose into its non-blank lines. */
export function proseLines(prose: string): Line[] {
  const lines: Line[] = []
  for (const match of prose.matchAll(/[^\r\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length
    const text = match[0].trim()
    if (text) lines.push({start: match.index + leading, end: match.index + leading + text.length, text})
  }
  return lines
}

/** The first line, when it is a salutation and short enough to be one. */
export function findGreeting(lines: Line[]): Greeting | undefined {
  const first = lines[0]
  if (!first || first.text.length > 80) return undefined
  const match = salutation.exec(first.text)
  if (!match) return undefined
  // "Hi, I'm writing to..." on one line is a greeting word opening the body, not a greeting line.
  const rest = first.text.slice(match[0].length)
  const nameText = rest.replace(/[,:;!.\s]+$/, '').replace(/^[,\s]+/, '')
  const withoutTitles = rest.replace(/\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Jr|Sr)\./g, '')
  if (/[.?!]\s+\S/.test(withoutTitles) || nameText.split(/\s+/).length > 6) return undefined
  const greeting: Greeting = {...first, salutation: match[1]}
  if (nameText) {
    const nameStart = first.start + first.text.indexOf(nameText, match[0].length)
    greeting.name = {start: nameStart, end: nameStart + nameText.length, text: nameText}
  }
  return greeting
}

/**
 * The closing lines: a closing phrase, then up to three short lines (name, title, phone), or,
 * with no closing phrase, a last line that is just a name ("- Jo", "Sam Lee").
 */
export function findSignOff(lines: Line[], firstBodyLine: number): SignOff | undefined {
  for (let index = lines.length - 1; index >= Math.max(firstBodyLine, lines.length - 5); index--) {
    if (!closingLine.test(lines[index].text)) continue
    const closing = lines[index]
    const nameLine = lines[index + 1]
    const last = lines[lines.length - 1]
    return {
      start: closing.start,
      end: last.end,
      text: lines.slice(index).map((line) => line.text).join('\n'),
      closing,
      name: nameLine ? cleanName(nameLine) : undefined
    }
  }
  const last = lines[lines.length - 1]
  if (last && lines.length - 1 >= firstBodyLine && looksLikeName(last.text)) {
    return {...last, name: cleanName(last)}
  }
  return undefined
}

/** A line that is a name and nothing else: one to four capitalised words, maybe after a dash. */
function looksLikeName(text: string): boolean {
  return /^(?:[-–—~]\s*)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(text)
}

function cleanName(line: Line): Span {
  const leading = /^[-–—~]\s*/.exec(line.text)?.[0].length ?? 0
  return {start: line.start + leading, end: line.end, text: line.text.slice(leading)}
}
