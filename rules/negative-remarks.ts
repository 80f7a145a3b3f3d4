import type {Clause, Document, Sentence, Target} from '../src/document/document.js'
import {recipientTargets, targetsInContext} from '../src/document/targets.js'
import {defineRule} from '../src/engine/rule.js'
import type {Span} from '../src/input/draft.js'
import type {Finding, Suggestion} from '../src/types.js'
import {findPhrases, hitsIn} from './negative-remarks.hits.js'
import {sentenceWithout, statesDecision} from './shared/keep-decision.js'
import {positionPhrase} from './shared/wording.js'

/** How each of the recipient's targets is named in a message. */
const targetNames: Record<string, string> = {
  company: 'the company', role: 'the role', team: 'the team', pay: 'the pay', interviewer: 'the interviewer', process: 'the hiring process'
}

/** Words that join a clause to the one before; the remark starts after them. */
const connective = /^(?:[\s,;:–—-]|(?:and|but|yet|so|though|although|while|whereas|however|because|as)\b)+/i

/** Where a reason starts: "..., cos the shift pattern is a joke", "because the pay...". */
const reasonOpener = /(?:^|,\s*|\s)(?:cos|coz|because|as|since)\s+/gi

/**
 * Where the remark's own reason starts when one clause holds the decision and the remark ("I've
 * decided to turn it down, cos the shift pattern is a joke"): after the last reason word before
 * the first word at fault; else the remark's start.
 */
function reasonStart(doc: Document, start: number, firstHit: number): number {
  let at = start
  for (const opener of doc.text.slice(start, firstHit).matchAll(reasonOpener)) at = start + opener.index + opener[0].length
  return at
}

/** A clause at fault with the words that make it so. */
interface Flagged {
  clause: Clause
  about: Set<Target>
  hits: Span[]
}

/** The guidance's neutral reason, as a clause: "the Analyst position at Acme isn't the right fit ...". */
function neutralReason(doc: Document): string {
  return `${positionPhrase(doc)} isn't the right fit for my goals at this time`
}

/** Consecutive flagged clauses of a sentence, as runs: one remark, one finding. */
function runs(flagged: Array<Flagged | undefined>): Flagged[][] {
  const result: Flagged[][] = []
  let current: Flagged[] = []
  for (const item of [...flagged, undefined]) {
    if (item) current.push(item)
    else if (current.length > 0) {
      result.push(current)
      current = []
    }
  }
  return result
}

/**
 * Ways to reword: after "as"/"because", the neutral reason takes the remark's place; after praise
 * ("The team seemed nice, unlike the pay."), the remark can go and the praise stay; otherwise the
 * sentence gives way to the neutral reason.
 */
function rewordings(doc: Document, sentence: Sentence, first: Clause, start: number, end: number, employer: boolean, firstHit: number): Suggestion[] {
  const kept = sentence.words.filter((word) => word.end <= first.start).at(-1)
  const drop: Suggestion[] = kept ? [{desc: 'Drop the remark and keep the rest of the sentence', fix: {range: [kept.end, end], text: ''}}] : []
  // The current employer needs no reason in this letter: the remark simply goes.
  if (employer) return kept ? drop : [{desc: 'Drop the remark', fix: {range: [sentence.start, sentence.end], text: sentenceWithout(doc, sentence, start, end)}}]
  const neutral = neutralReason(doc)
  // After "as" or "because", or beside the decision, only the remark gives way to the neutral reason.
  if (/\b(?:as|because|since)\s+$/i.test(doc.text.slice(sentence.start, start)) || statesDecision(doc, sentence)) {
    return [...drop, {desc: 'Give a neutral reason instead', fix: {range: [reasonStart(doc, start, firstHit), end], text: neutral}}]
  }
  const sentenceFix: Suggestion = {desc: 'Give a neutral reason instead', fix: {range: [sentence.start, sentence.end], text: `${neutral[0].toUpperCase()}${neutral.slice(1)}.`}}
  return [...drop, sentenceFix]
}

function toFinding(doc: Document, sentence: Sentence, run: Flagged[]): Finding {
  const first = run[0].clause
  const last = run.at(-1)!.clause
  const raw = doc.text.slice(first.start, last.end)
  const start = first.start + (connective.exec(raw)?.[0].length ?? 0)
  const end = last.end - (/[\s.,;:!?…"”’)]*$/.exec(raw)?.[0].length ?? 0)
  const text = doc.text.slice(start, end)
  // Name what the remark itself names; what it only inherits ("it was insulting") comes second.
  const own = [...recipientTargets].filter((target) => run.some((item) => item.clause.about.has(target)))
  const targets = own.length > 0 ? own : [...recipientTargets].filter((target) => run.some((item) => item.about.has(target)))
  // In context the clause may be the employer's alone ("The management there is chaotic too.").
  const employer = run.some((item) => item.about.has('current-employer')) && !run.some((item) => [...item.about].some((target) => recipientTargets.has(target)))
  const named = employer ? 'your current or former employer' : targets.length > 0 ? targets.slice(0, 2).map((target) => targetNames[target]).join(' and ') : 'the hiring process'
  const words = [...new Set(run.flatMap((item) => item.hits.map((hit) => hit.text)))]
  const firstHit = Math.min(...run.flatMap((item) => item.hits.map((hit) => hit.start)))
  const suggestions = rewordings(doc, sentence, first, start, end, employer, firstHit)
  return {
    reason: `Negative remark about ${named}: "${text.replace(/\s+/g, ' ')}" (${words.map((word) => `"${word}"`).join(', ')})`,
    note: 'The guidance: "Avoid negative comments about the company, position, or hiring process." A criticism in a decline closes the door the rest of the letter holds open; a neutral reason is enough.',
    start,
    end,
    actual: text,
    expected: suggestions.map((suggestion) => suggestion.fix.text).filter(Boolean),
    suggestions
  }
}

export default defineRule({
  id: 'negative-remarks',
  description: 'No negative remarks about the company, role, team, pay, interviewer or hiring process',
  defaultSeverity: 'error',
  fix: 'suggestion',
  check(doc) {
    const about = targetsInContext(doc)
    const found = findPhrases(doc)
    return doc.sentences.flatMap((sentence) => {
      const flagged = sentence.clauses.map((clause): Flagged | undefined => {
        const context = about.get(clause) ?? clause.about
        const hits = hitsIn(doc, sentence, clause, context, found)
        return hits.length > 0 ? {clause, about: context, hits} : undefined
      })
      return runs(flagged).map((run) => toFinding(doc, sentence, run))
    })
  }
})
