import type {Document} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import {customerWords, everydayWords, familyPatterns, fieldSenses, genericPeople, ignoredPatterns, knownPeople, namedUnit, ownWords, pronounPatterns, sensesBefore, unfitAlternatives, unitWords} from './inclusive-language.data.js'
import {isProperName} from './shared/proper-names.js'
import {retextFindings, type RetextFinding} from './shared/retext-messages.js'
import {femaleDog} from './shared/animal-sense.js'
import {isQuotedSpan} from '../src/document/quotes.js'
import {sentenceAt} from '../src/document/sentence-at.js'

const guidance = 'The guidance: "Use professional language. Whether you’re sending an interview email or speaking directly, keep your tone respectful and appreciative."'

const ignored = new Set(ignoredPatterns)
const everyday = new Set(everydayWords)
const units = new Set(unitWords)
const pronouns = new Set(pronounPatterns)
const family = new Set(familyPatterns)
const unfit = new Set(unfitAlternatives)
// Also one picked but not yet named: "the engineer you choose", "whichever nurse they appoint",
// and one hoped for: "I hope the new lead settles in".
const generic = new RegExp(String.raw`\b(?:${genericPeople.join('|')})\b|\b(?:the|whichever)\s+[\p{L}-]+\s+(?:you|they|the\s+panel)\s+(?:choose|chose|hire|select|appoint|pick|take\s+on|end\s+up\s+with)\b|\b(?:hope|wish|trust)\s+(?:that\s+)?(?:the|your)\s+new\s+[\p{L}-]+`, 'iu')
// Also one who met the writer: "the chief instructor who interviewed me ... working under him".
const known = new RegExp(String.raw`\b(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:${knownPeople.join('|')})\b|\b(?:the|your)\s+(?:[\p{L}-]+\s+){1,3}(?:who|that)\s+(?:interviewed|met|called|phoned|rang|emailed|showed|hosted|welcomed)\s+(?:me|us)\b`, 'iu')
/** "my wife", "our son", "my late father", "your father", "our son and daughter": one word (and "and") may come between. */
const ownFamily = /\b(?:my|our|your|his|her|their)\s+(?:[\p{L}-]+\s+(?:(?:and|or|&)\s+)?)?$/iu
/** Words for a child that are the writer's own after "my" or "the young" ("nearer the young lad", Irish English for "my son"). */
const child = /^(?:lad|lads|lass|lasses|lassie|boy|boys|girl|girls)$/i
const ownChild = /\b(?:my|our|the\s+young)\s+(?:[\p{L}-]+\s+)?$/iu
/** Children's groups: "the girls' choir", "a girls' pathway"; and a paragraph about children, where "the boys" are boys. */
const childrensGroup = /^['’]/
const childhood = /\b(?:choir|choirs|chorister|choristers|school|schools|pupils?|children|kids|youth|juniors?|under-?\d{1,2}s?|academy|academies|scouts|brownies|nursery)\b/i

/** Whether a word for a child names children: a group of theirs, or children the paragraph is about. */
function aboutChildren(doc: Document, start: number, end: number): boolean {
  if (childrensGroup.test(doc.text.slice(end, end + 1))) return true
  const paragraph = sentenceAt(doc, start)?.paragraph
  return doc.sentences.some((item) => item.paragraph === paragraph && childhood.test(item.text))
}
/** "a sister company", "our sister site": a related organisation, not a relative. */
const relatedOrganisation = /^\s+(?:company|companies|firm|organi[sz]ation|brand|site|business|publication|paper|station|hotel|school|agency|charity|team)\b/i

/**
 * Whether a pronoun at `start` may stand for anyone: a person not yet known earlier in its
 * sentence, and no one of the writer's own ("my father") there to be the one it means.
 */
function aboutAnyone(doc: Document, start: number): boolean {
  const sentence = sentenceAt(doc, start)
  const before = doc.text.slice(sentence?.start ?? start, start)
  return generic.test(before) && !known.test(before)
}

/**
 * Whether a retext-equality finding is about something other than what the pattern is for:
 * a name or title, an everyday word, a field ("mental health"), a planning document ("the drainage master plan"), a unit the draft names ("your Mobile Banking tribe"), a trade's customers ("each bride" at a bridal shop),
 * a pronoun for someone the writer knows, the writer's family,
 * a vet's female dog, someone else's words in quotation marks.
 */
function beside(doc: Document, {message, start, end, text}: RetextFinding): boolean {
  const id = message.ruleId ?? ''
  return ignored.has(id) ||
    everyday.has(text.toLowerCase()) ||
    (fieldSenses.get(text.toLowerCase())?.test(doc.text.slice(end, end + 20)) ?? false) ||
    (sensesBefore.get(text.toLowerCase())?.test(doc.text.slice(Math.max(0, start - 20), start)) ?? false) ||
    (units.has(text.toLowerCase()) && namedUnit.test(doc.text)) ||
    (customerWords.get(text.toLowerCase())?.test(doc.text) ?? false) ||
    (pronouns.has(id) && !aboutAnyone(doc, start)) ||
    (family.has(id) && (ownFamily.test(doc.text.slice(Math.max(0, start - 40), start)) || relatedOrganisation.test(doc.text.slice(end, end + 20)))) ||
    (child.test(text) && (ownChild.test(doc.text.slice(Math.max(0, start - 40), start)) || aboutChildren(doc, start, end))) ||
    isProperName(doc.text, start, end) ||
    isQuotedSpan(doc, start, end) ||
    (/^bitch$/i.test(text) && femaleDog.test(doc.text.slice(end, end + 20)))
}

interface Wording {
  reason: string
  note?: string
  start: number
  end: number
  actual: string
  alternatives: string[]
}

/** One finding: the words, the reason, and one suggestion per alternative. */
function finding({reason, note, start, end, actual, alternatives}: Wording): Finding {
  return {
    reason,
    note: [note, guidance].filter(Boolean).join(' '),
    start,
    end,
    actual,
    expected: alternatives,
    suggestions: alternatives.map((text) => ({desc: `Replace with "${text}"`, fix: {range: [start, end], text}}))
  }
}

/** Findings of the rule's own list, worded as retext-equality words its own. */
function ownFindings(doc: Document): Finding[] {
  return ownWords.flatMap(({pattern, alternatives}) =>
    doc.search(pattern)
      .filter(({start, end}) => !isProperName(doc.text, start, end) && !isQuotedSpan(doc, start, end))
      .map(({start, end, text}) => {
        // "Manning the desk" at a sentence's start becomes "Staffing the desk".
        const fitted = /^\p{Lu}/u.test(text) ? alternatives.map((item) => item[0].toUpperCase() + item.slice(1)) : [...alternatives]
        const reason = `"${text}" may be insensitive, use ${fitted.map((item) => `"${item}"`).join(', ')} instead`
        return finding({reason, start, end, actual: text, alternatives: fitted})
      }))
}

/** retext-equality's reason, with its typo mended, words quoted, and the alternatives kept. */
function reasonOf(reason: string, alternatives: string[]): string {
  const quoted = alternatives.map((alternative) => `"${alternative}"`).join(', ')
  return reason.replace(/in somes? cases .*$/, `in some cases ${quoted} may be better`).replace(/`([^`]*)`/g, '"$1"')
}

export default defineRule({
  id: 'inclusive-language',
  description: 'Wording retext-equality (and a short list of its own) finds potentially insensitive, with its alternatives',
  defaultSeverity: 'warn',
  fix: 'suggestion',
  check(doc) {
    const findings = ownFindings(doc)
    // Where the own list reads the same words (the verb "man"), its alternatives are the ones that fit.
    const ownSpans = new Set(findings.map(({start, end}) => `${start}:${end}`))
    for (const item of retextFindings(doc, 'retext-equality')) {
      if (ownSpans.has(`${item.start}:${item.end}`)) continue
      const alternatives = (item.message.expected ?? []).filter((alternative) => !unfit.has(alternative.toLowerCase()))
      // retext-equality gives no alternative for "just", "simply", "of course": words it flags in
      // instructions ("simply run it"), which are ordinary in a letter.
      if (alternatives.length === 0 || beside(doc, item)) continue
      findings.push(finding({reason: reasonOf(item.message.reason, alternatives), note: item.message.note, start: item.start, end: item.end, actual: item.text, alternatives}))
    }
    // "working mother" and "mother" inside it are one piece of wording: keep the longer finding.
    return findings.filter((finding) => !findings.some((other) =>
      other !== finding && other.start <= finding.start && other.end >= finding.end && other.end - other.start > finding.end - finding.start))
  }
})
