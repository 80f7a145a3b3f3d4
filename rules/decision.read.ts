/**
 * How the decision rule reads a sentence: it finds first-person statements built on a decision
 * verb ("I will not be attending", "Please withdraw my application") and tells a firm decision
 * from a hedge, a question, a condition and a story.
 */
import type {Document, Sentence} from '../src/document/document.js'
import {blankQuotes} from '../src/document/quotes.js'
import * as data from './decision.data.js'

/** What a statement that sounds like a decision turns out to be. */
export type Reading = 'firm' | 'hedge' | 'condition' | 'story' | 'none'

/** A statement built on one of the decision verbs, an elliptical "I can't." or a noun ("my withdrawal"). */
export interface Statement {
  sentence: Sentence
  kind: 'decline' | 'accept' | 'ellipsis' | 'noun'
  verb?: data.DecisionVerb
  /** Offsets in the sentence: subject start, verb start, end of the verb's first word, phrase end. */
  at: number
  verbAt: number
  headEnd: number
  end: number
  /** The words between the subject and the verb: "will not be able to". */
  chain: string
}

const flags = (source: string, extra = '') => new RegExp(source, 'i' + extra)
const negation = flags(data.negation)
const hedge = flags(data.hedges.join('|'))
const doubt = flags(data.doubts.join('|'))
/** The first hedge or doubt in a stretch of text, for where a hedged statement starts. */
export const hedgeOrDoubt = flags([...data.hedges, ...data.doubts].join('|'))
const otherObject = flags(data.otherObject)
const pastChain = flags(data.pastChain)
const pastTime = flags(data.pastTime)
const conditions = flags(data.conditions)
const invertedCondition = flags(data.invertedCondition)
const politeConditions = flags(data.politeConditions)
const notConditional = flags(data.notConditional)
const subjectAndChain =
  `(?:${data.subjects.join('|')})(?<chain>(?:\\s+(?:${data.chainWords.join('|')})(?![\\w'’])|\\s*,[^,;:.!?]{1,60},)*)`

/**
 * One pattern per verb entry, so each match knows its entry; `d` gives the verb's offsets. A verb
 * pattern runs only where its verb alone (`verbOnly`) is found: each is long, and compiling one
 * costs a process more than linting a draft does, while a draft uses few of the verbs.
 */
const patterns = [
  ...data.declineVerbs.map((verb) => ({kind: 'decline' as const, verb, ...verbPatterns(verb)})),
  ...data.acceptVerbs.map((verb) => ({kind: 'accept' as const, verb, ...verbPatterns(verb)})),
  {kind: 'ellipsis' as const, verb: undefined, verbOnly: undefined, pattern: flags(`${subjectAndChain}(?=\\s*(?:[.!?;,]|$))`, 'gd')},
  {kind: 'noun' as const, verb: undefined, verbOnly: undefined, pattern: flags(data.nounDecisions.join('|'), 'gd')}
]

function verbPatterns(verb: data.DecisionVerb): {verbOnly: RegExp; pattern: RegExp} {
  const forms = [...verb.base, ...verb.ing, ...(verb.past ?? [])].join('|')
  const head = `(?<head>${forms})(?![\\w'’])`
  return {verbOnly: flags(head, 'g'), pattern: flags(`${subjectAndChain}\\s+(?<verb>${head}(?:${verb.after ?? ''}))`, 'gd')}
}

/** Every decision-like statement in the body, found with doc.search and re-read for its groups. */
export function statements(doc: Document): Statement[] {
  const present = patterns.filter(({verbOnly}) => !verbOnly || doc.search(verbOnly).length > 0)
  return present.flatMap(({kind, verb, pattern}) =>
    doc.search(pattern).map((match) => {
      const sticky = new RegExp(pattern.source, 'iyd')
      sticky.lastIndex = match.start - match.sentence.start
      const found = sticky.exec(match.sentence.text)!
      const whole = found.index + found[0].length
      const [verbAt, end] = found.indices?.groups?.verb ?? [whole, whole]
      const headEnd = found.indices?.groups?.head?.[1] ?? end
      return {sentence: match.sentence, kind, verb, at: found.index, verbAt, headEnd, end, chain: found.groups?.chain ?? ''}
    })
  )
}

/** Where the clause holding `offset` starts: after the last comma, semicolon, "but"... before it. */
export function clauseStart(text: string, offset: number): number {
  let start = 0
  for (const found of text.slice(0, offset).matchAll(flags(data.clauseBreak, 'g'))) start = found.index + found[0].length
  return start
}

function insideQuotes(before: string): boolean {
  return (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”')
}

function isConditional(text: string, statement: Statement): boolean {
  // A quoted "if" ("your note said 'no need to reply if...'") is the other person's condition.
  const unquoted = blankQuotes(text.slice(0, statement.at))
  // A condition ends where its consequence begins: "I would regret it if I left them, so I am withdrawing".
  const consequence = [...unquoted.matchAll(/,\s*(?:and\s+)?(?:so|therefore|hence|thus|which\s+is\s+why)\b/gi)].at(-1)
  // A colon ends a clause, but not inside a time ("fixed at 13:00, I will have to decline"); a dash
  // does, but not inside a range ("If the Tuesday–Thursday sections can't move, I will have to ...").
  const withoutTimes = unquoted.replace(/(\d):(?=\d)/g, '$1.').replace(/(\S)[–—](?=\S)/g, '$1-')
  const start = Math.max(withoutTimes.search(/[;:–—][^;:–—]*$/) + 1, consequence ? consequence.index + consequence[0].length : 0)
  const before = unquoted.slice(start)
  const after = text.slice(statement.end)
  if ((conditions.test(before) && !politeConditions.test(before)) || invertedCondition.test(before)) return true
  // After the statement, a condition counts up to the next comma ("I will decline if..."), "unless" anywhere.
  const next = after.split(/[,;.!?]/)[0]
  return /\bunless\b/i.test(after) || (conditions.test(next) && !notConditional.test(next) && !politeConditions.test(next))
}

/**
 * The words a hedge can reach: the statement's clause, unless another person speaks first
 * ("As you may know, I..."); in a request ("if you could withdraw"), only the words after its opening.
 */
function hedgeScope(text: string, statement: Statement, request: boolean): string {
  if (request) return statement.chain
  const start = clauseStart(text, statement.at)
  const own = /\b(?:you|he|she|they)\b/i.test(text.slice(start, statement.at)) ? statement.at : start
  return text.slice(own, statement.end)
}

/** Read one statement: firm, hedged, a condition, a story, or not a decision at all. */
export function read(statement: Statement): Reading {
  const {sentence, kind, verb} = statement
  const text = sentence.text
  const lead = text.slice(statement.at, statement.verbAt)
  const negated = negation.test(statement.chain)
  // A request ("Could you please withdraw...") is hedged only by its own words.
  const request = /^(?:please|kindly|if\s+you)\b/i.test(lead)
  const scope = hedgeScope(text, statement, request)
  if (insideQuotes(text.slice(0, statement.at))) return 'none'
  // "...and will not be attending" needs the writer earlier in the sentence.
  if (/^(?:and|but)\b/i.test(lead) && !/\b(?:I|we)\b/i.test(text.slice(0, statement.at))) return 'none'
  if (kind === 'decline' && (negated || otherObject.test(text.slice(statement.end)))) return 'none'
  if (kind === 'ellipsis' && !(negated && /\b(?:will|can|able|be)\b|(?:wo|ca)n['’]t|cannot/i.test(statement.chain))) return 'none'
  if (sentence.question && !request) return kind === 'accept' && !negated && !doubt.test(scope) ? 'none' : 'hedge'
  const perfect = /\b(?:have|has)\b|['’]ve\b/i.test(lead)
  const head = text.slice(statement.verbAt, statement.headEnd).toLowerCase()
  if (
    pastChain.test(lead) ||
    (verb?.past?.includes(head) && !perfect) ||
    (pastTime.test(text) && /\b(?:decided|chose|opted|elected|made)\b/i.test(statement.chain) && !perfect)
  ) return 'story'
  if (isConditional(text, statement)) return 'condition'
  // "I can come" is no decline, but "I'm not sure I can come" is a hedged one.
  if (kind === 'accept' && !negated) return doubt.test(scope) ? 'hedge' : 'none'
  return hedge.test(scope) || doubt.test(scope) ? 'hedge' : 'firm'
}
