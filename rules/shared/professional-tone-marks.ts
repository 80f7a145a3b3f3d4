import type {Document} from '../../src/document/document.js'
import type {Span} from '../../src/input/draft.js'
import type {Finding} from '../../src/types.js'
import {acronyms} from '../professional-tone.data.js'
import {inAside, removal, toneGuidance} from './professional-tone-text.js'

/** Marks repeated for emphasis: "!!", "?!", "???", and the single characters "‼" and "⁉". */
const repeatedMarks = /[!?]*[‼⁉][!?‼⁉]*|[!?]{2,}/gu
/**
 * Emoji: pictographs shown as emoji by default, or asked to be with U+FE0F, with their skin tones
 * and joiners, and flags. Symbols shown as text are left alone: list bullets ("▪", "▶"), "☎", "↔",
 * "©", "®", "™"; "‼" and "⁉" are repeated marks.
 */
const emoji = /(?:\p{Regional_Indicator}{2}|(?![©®™‼⁉])(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)[\u{1F3FB}-\u{1F3FF}]?(?:\u200D\p{Extended_Pictographic}\uFE0F?[\u{1F3FB}-\u{1F3FF}]?)*)+/gu
/**
 * Emoticons. Those ending in a letter (":D", ":P", "xD") or "<3" need a space or an opening before
 * them, and "<3" no word after it ("<3 years" is "fewer than three"); the others may follow a word
 * ("great:)") but not a digit, a colon or a slash ("https://").
 */
const emoticons = [
  /(?<=^|[\s("“])(?:[:;=]-?[DPpO]|xD|\^_?\^|<3(?![ \t]*[\p{L}\p{N}]))(?![\p{L}\p{N}])/gu,
  /(?<![\p{N}:;=/\\<>^_-])(?:[:;=]'?-?[)(\]\[/\\|])(?![\p{L}\p{N}/\\)(\]\[|])/gu
]

// Capitals joined by a slash are one word: a code when its parts are short ("SAP FI/CO", "AP/AR").
const wordPattern = /[\p{L}\p{N}]+(?:['’&.][\p{L}\p{N}]+|\/\p{Lu}+(?![\p{L}\p{N}]))*/gu
const acronymSet = new Set(acronyms)

interface Word extends Span {}

/** Where compromise tagged words of the body: acronyms stay in capitals, names get a capital. */
export interface Tagged {
  acronyms: Set<number>
  names: Set<number>
}

function isCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)
}

/** "I", "EC2", "NASA", "HR", "FI/CO": capitals that are not raised voice ("LEAVE/STAY" is). */
function isAcronym(word: Word, tagged: Tagged): boolean {
  const letters = word.text.replace(/[^\p{L}&]/gu, '')
  const code = word.text.includes('/') && word.text.split('/').every((part) => part.length <= 3)
  return letters.length < 2 || code || /\p{N}/u.test(word.text) || acronymSet.has(letters) || tagged.acronyms.has(word.start)
}

/** The words of a run in sentence case: acronyms and "I" kept in capitals, names capitalised. */
function sentenceCase(doc: Document, run: Word[], tagged: Tagged, first: boolean): string {
  let text = doc.text.slice(run[0].start, run.at(-1)!.end)
  for (const word of run) {
    if (isAcronym(word, tagged)) continue
    const lower = word.text.toLowerCase()
    const at = word.start - run[0].start
    text = text.slice(0, at) + (tagged.names.has(word.start) ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower) + text.slice(at + word.text.length)
  }
  text = text.replace(/(?<![\p{L}])i(?![\p{L}])/gu, 'I')
  return first ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/**
 * A capital and another letter or "&" with no small letter or space between them: what any loud
 * word holds (two letters or more, no small one, one a capital; a letter without case counts).
 */
const twoCapitals = /\p{Lu}[^\s\p{Ll}]*[\p{Lu}\p{Lt}\p{Lm}\p{Lo}&]|[\p{Lu}\p{Lt}\p{Lm}\p{Lo}&][^\s\p{Ll}]*\p{Lu}/u

/**
 * Runs of words in capitals: three or more words that are not acronyms, or a whole sentence
 * (or subject, or greeting) of two words or more. A run that is the company's or role's name as
 * the draft writes it is a name, not shouting.
 */
export function shouting(doc: Document, piece: Span, tagged: Tagged): Finding[] {
  // Most pieces hold no word that could be loud: they are let go without being split into words.
  if (!twoCapitals.test(piece.text)) return []
  const words: Word[] = [...piece.text.matchAll(wordPattern)]
    .map((found) => ({start: piece.start + found.index, end: piece.start + found.index + found[0].length, text: found[0]}))
    .filter((word) => !inAside(doc, word.start, word.end))
  const runs: Word[][] = [[]]
  for (const word of words) {
    if (isCapitals(word.text)) runs.at(-1)!.push(word)
    else if (runs.at(-1)!.length > 0) runs.push([])
  }
  const names = [doc.facts.company, doc.facts.role].flatMap((name) => (name ? [name.toUpperCase()] : []))
  const findings: Finding[] = []
  for (const run of runs) {
    const loud = run.filter((word) => !isAcronym(word, tagged)).length
    const whole = run.length === words.length && run.length >= 2
    if (loud < 3 && !(whole && loud >= 1)) continue
    const actual = doc.text.slice(run[0].start, run.at(-1)!.end)
    if (names.some((name) => name.includes(actual))) continue
    const quiet = sentenceCase(doc, run, tagged, run[0] === words[0])
    findings.push({
      reason: `"${actual}" is in capitals, which reads as shouting`,
      note: `${toneGuidance} Capitals read as a raised voice; let the words carry the weight.`,
      start: run[0].start,
      end: run.at(-1)!.end,
      actual,
      expected: [quiet],
      suggestions: [{desc: 'Write it in sentence case', fix: {range: [run[0].start, run.at(-1)!.end], text: quiet}}]
    })
  }
  return findings
}

/**
 * Whether the ")" ending a colon closes a bracket still open on its line: "(If asked for a
 * reason:) It's simply that..." is a stage direction, not a smile.
 */
function closesBracket(text: string, start: number, end: number): boolean {
  if (!text.endsWith(')', end)) return false
  const before = text.slice(text.lastIndexOf('\n', start) + 1, start)
  return before.split('(').length > before.split(')').length
}

/** "!!", "?!", emoji and emoticons in a piece of the draft. */
export function marks(doc: Document, piece: Span): Finding[] {
  const findings: Finding[] = []
  for (const found of piece.text.matchAll(repeatedMarks)) {
    const start = piece.start + found.index
    const end = start + found[0].length
    // "just let me know ASAP!!", quoted, is the recruiter's voice, not the writer's.
    if (inAside(doc, start, end)) continue
    const replacements = /[?⁉]/.test(found[0]) ? ['?'] : ['.', '!']
    findings.push({
      reason: `"${found[0]}" repeats punctuation for emphasis`,
      note: `${toneGuidance} Repeated marks read as excitement or exasperation; one mark says it.`,
      start,
      end,
      actual: found[0],
      expected: replacements,
      suggestions: replacements.map((text) => ({desc: `Use "${text}"`, fix: {range: [start, end], text}}))
    })
  }
  const pictures = [emoji, ...emoticons].flatMap((pattern) => [...piece.text.matchAll(pattern)].map((found) => ({found, kind: pattern === emoji ? 'an emoji' : 'an emoticon'})))
  for (const {found, kind} of pictures) {
    // An emoji the company's own name carries is part of the name.
    if (kind === 'an emoji' && doc.facts.company?.includes(found[0])) continue
    const start = piece.start + found.index
    const end = start + found[0].length
    // "no worries if it's a no 😊", quoted, is the recruiter's emoji.
    if (inAside(doc, start, end) || (kind === 'an emoticon' && closesBracket(doc.text, start, end))) continue
    findings.push({
      reason: `"${found[0]}" is ${kind}`,
      note: `${toneGuidance} Emoji and emoticons belong in chat; in a letter, warmth comes from the words.`,
      start,
      end,
      actual: found[0],
      expected: [''],
      suggestions: [{desc: `Remove the ${kind.slice(kind.indexOf(' ') + 1)}`, fix: removal(doc.text, start, end)}]
    })
  }
  return findings
}
