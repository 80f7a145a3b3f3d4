import type {Document} from '../src/document/document.js'
import type {Span} from '../src/input/draft.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import {everydayWords, slang, swearing, textSpeakInCapitals} from './professional-tone.data.js'
import {marks, shouting} from './shared/professional-tone-marks.js'
import {inAside, matchCase, removal, toneGuidance, tonePieces} from './shared/professional-tone-text.js'
import {isProperName, joinsName} from './shared/proper-names.js'
import {retextFindings} from './shared/retext-messages.js'
import {escapeRegExp} from './shared/regexp.js'

const escape = (phrase: string) => escapeRegExp(phrase).replace(/ /g, '\\s+').replace(/'/g, "['’]")
/**
 * Any slang entry as a whole word: not part of a longer word, an address or a path, not glued
 * to an apostrophe ("Ya'akov") or a hyphen ("U-turn"), and not a letter of "U.S." or "(u)".
 */
const slangPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’@#./_-])(?:${Object.keys(slang).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\p{L}\p{N}'’@_)/-]|\.\p{L})`,
  'giu'
)
const inCapitals = new Set(textSpeakInCapitals)
/** Words in capitals that are not shouting; constant lists, so each sentence's answer is kept. */
const acronymTags = ['#Acronym']
const nameTags = ['#ProperNoun', '#WeekDay', '#Month']
const swearWords = new Set(swearing)
const everyday = new Set(everydayWords)

/** Slang and text-speak in one piece of the draft, each with the words to put instead. */
function slangIn(doc: Document, piece: Span): Finding[] {
  const findings: Finding[] = []
  for (const found of piece.text.matchAll(slangPattern)) {
    const written = found[0]
    const key = written.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")
    const start = piece.start + found.index
    const end = start + written.length
    // "YA" fiction, "NP" and the R language are not text-speak; "Mr. Ya" and "Ya Li said" are names.
    if (written === written.toUpperCase() && (written.length === 1 || !inCapitals.has(key))) continue
    if (isProperName(doc.text, start, end) || joinsName(doc.text, start, end)) continue
    if (inAside(doc, start, end)) continue
    const replacements = ([] as string[]).concat(slang[key])
    findings.push({
      reason: replacements[0] ? `"${written}" is slang; write "${matchCase(written, replacements[0])}"` : `"${written}" is text-speak; leave it out`,
      note: `${toneGuidance} Slang and text-speak read as a message to a friend, not to a hiring manager.`,
      start,
      end,
      actual: written,
      expected: replacements.map((text) => matchCase(written, text)),
      suggestions: replacements.map((text) =>
        text
          ? {desc: `Write "${matchCase(written, text)}"`, fix: {range: [start, end], text: matchCase(written, text)}}
          : {desc: `Leave out "${written}"`, fix: removal(doc.text, start, end)}
      )
    })
  }
  return findings
}

/**
 * Whether the word at [start, end) is part of a reference code: glued to a figure or an
 * underscore ("ref_ASS2"), or in capitals between slashes ("2026/HOS/417"; not "shit/awful").
 */
function inCode(text: string, start: number, end: number): boolean {
  const glued = (pattern: RegExp) => pattern.test(text.charAt(start - 1)) || pattern.test(text.charAt(end))
  const word = text.slice(start, end)
  return glued(/[\p{N}_#]/u) || (word === word.toUpperCase() && glued(/[/\\]/))
}

/**
 * retext-profanities' findings that are swearing here: its "profane" words except those with an
 * everyday sense, and of its "may be profane" words only the swear words. Names ("Mr. Hooker",
 * "Dick Smith") and words retext-equality reports at the same place (left to
 * inclusive-language) are skipped.
 */
function profanity(doc: Document): Finding[] {
  const equality = new Set(retextFindings(doc, 'retext-equality').map((item) => item.start))
  const findings: Finding[] = []
  for (const {message, start, end, text} of retextFindings(doc, 'retext-profanities')) {
    const sureness = (message as {profanitySeverity?: number}).profanitySeverity
    const word = text.toLowerCase()
    const profane = sureness === 2 ? !everyday.has(word) : sureness === 1 && swearWords.has(word)
    if (!profane || equality.has(start) || isProperName(doc.text, start, end) || inCode(doc.text, start, end)) continue
    findings.push({
      reason: `"${text}" is profane`,
      note: `${toneGuidance} Profanity has no place in a letter meant to leave a good impression.`,
      start,
      end,
      actual: text,
      expected: [''],
      suggestions: [{desc: `Leave out "${text}" and reword the sentence`, fix: removal(doc.text, start, end)}]
    })
  }
  return findings
}

export default defineRule({
  id: 'professional-tone',
  description: 'No slang, text-speak, profanity, shouting, repeated "!!" or emoji',
  defaultSeverity: 'warn',
  fix: 'suggestion',
  check(doc) {
    const starts = (patterns: readonly string[]) => new Set(doc.match(patterns).map((match) => match.start))
    const tagged = {acronyms: starts(acronymTags), names: starts(nameTags)}
    const findings = profanity(doc)
    for (const piece of tonePieces(doc)) {
      findings.push(...slangIn(doc, piece), ...shouting(doc, piece, tagged), ...marks(doc, piece))
    }
    return findings.sort((a, b) => a.start - b.start || a.end - b.end)
  }
})
