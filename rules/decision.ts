import type {Document} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Edit, Finding} from '../src/types.js'
import {clauseStart, hedgeOrDoubt, read, statements, type Reading, type Statement} from './decision.read.js'
import {thanks} from './gratitude.data.js'
import {positionPhrase} from './shared/wording.js'

/**
 * The sentence with its hedged opening replaced by a firm one: "I might not make it" -> "I will
 * not be able to make it". The text before `keep` stays.
 */
function firmly(statement: Statement, keep: number): string {
  const {sentence, verb} = statement
  const text = sentence.text
  const head = text.slice(statement.verbAt, statement.headEnd).toLowerCase()
  let rewritten: string
  if (!verb) {
    rewritten = (statement.kind === 'noun' ? 'I have decided to withdraw' : 'I will not be able to make it') + text.slice(statement.end)
  } else {
    const index = Math.max(verb.base.indexOf(head), verb.ing.indexOf(head), verb.past?.indexOf(head) ?? -1, 0)
    rewritten = `${verb.lead ?? 'I have decided to'} ${verb.base[index]}${text.slice(statement.headEnd)}`
  }
  return (text.slice(0, keep) + rewritten).replace(/\?(["”’)]*)$/, '.$1')
}

function hedgeFinding(statement: Statement): Finding {
  const {sentence} = statement
  const scopeStart = clauseStart(sentence.text, statement.at)
  const marker = sentence.text.slice(scopeStart, statement.end).search(hedgeOrDoubt)
  // "I'm not sure", "It looks like": the hedge's own subject goes with it, also when the hedge
  // starts at its contraction ("I" + "'m leaning towards").
  const markerAt = marker >= 0 ? scopeStart + marker : scopeStart
  const subjectAt = statement.at + (/^(?:and|but)\s+/i.exec(sentence.text.slice(statement.at))?.[0].length ?? 0)
  const opening = Math.min(markerAt - (/\b(?:I|it|we|that)(?:['’](?:m|s|re))?\s*(?:(?:am|is|are|do|does)\s+)?$/i.exec(sentence.text.slice(0, markerAt))?.[0].length ?? 0), subjectAt)
  // A clause may start at the space after "and": the report starts at its first word.
  const from = opening + /^\s*/.exec(sentence.text.slice(opening))![0].length
  const actual = sentence.text.slice(from, statement.end)
  // A question's frame goes with the question: "Would it be alright if I stepped back?" -> "I have decided to step back."
  const asks = sentence.question && marker < 0
  const rewritten = firmly(statement, asks ? 0 : from)
  return {
    reason: asks
      ? `"${actual}" asks a question instead of stating the decision`
      : `"${actual}" is hedged: it leaves the decision open`,
    note: 'The guidance: "State your decision directly: Politely mention that you must decline the interview or job offer." A hedged answer leaves the reader unsure whether to keep your place.',
    start: sentence.start + from,
    end: sentence.start + statement.end,
    actual,
    expected: [rewritten],
    suggestions: [{desc: 'State the decision firmly', fix: {range: [sentence.start, sentence.end], text: rewritten}}]
  }
}

/** The sentences a writer can choose from, in the draft's own terms. */
function decisionSentences(doc: Document): string[] {
  const position = positionPhrase(doc)
  if (doc.facts.kind === 'offer') {
    return [`After careful consideration, I have decided to decline your offer of ${position}.`, `I must respectfully decline your offer of ${position}.`]
  }
  const what = doc.facts.kind === 'interview' ? `the interview for ${position}` : position
  return [`After careful consideration, I have decided to decline ${what}.`, `I would like to withdraw my application for ${position}.`]
}

/** After the opening thanks when the first paragraph has some; else at the start of the body. */
function insertion(doc: Document, sentence: string): Edit {
  const first = doc.sentences[0]
  const thanked = first && doc.match(thanks, doc.sentences.filter((item) => item.paragraph === first.paragraph))[0]
  if (thanked) return {range: [thanked.sentence.end, thanked.sentence.end], text: ` ${sentence}`}
  const at = doc.insertion.afterGreeting
  return {range: [at, at], text: first ? `${sentence} ` : sentence}
}

const described: Partial<Record<Reading, string>> = {condition: 'only a condition', story: 'about the past'}

/** decision: the decline is stated directly; a missing or only hedged decision gets suggestions, never a fix. */
export default defineRule({
  id: 'decision',
  description: 'The decline is stated directly, not missing and not only hedged',
  defaultSeverity: 'error',
  fix: 'suggestion',
  check(doc) {
    const readings = statements(doc).map((statement) => ({statement, reading: read(statement)}))
    if (readings.some((item) => item.reading === 'firm')) return []
    const hedged = readings.filter((item) => item.reading === 'hedge')
    const perSentence = [...new Map(hedged.map((item) => [item.statement.sentence, item.statement])).values()]
    if (perSentence.length > 0) return perSentence.map(hedgeFinding)

    const aside = readings.find((item) => described[item.reading])
    const choices = decisionSentences(doc).map((sentence) => insertion(doc, sentence))
    const at = choices[0].range[0]
    return [{
      reason: 'The draft never states the decision to decline' +
        (aside ? ` ("${aside.statement.sentence.text.slice(aside.statement.at, aside.statement.end)}" is ${described[aside.reading]})` : ''),
      note: 'The guidance: "State your decision directly: Politely mention that you must decline the interview or job offer." Only the writer can make the decision, so this is a suggestion, not a fix.',
      start: at,
      end: at,
      expected: choices.map((edit) => edit.text.trim()),
      suggestions: choices.map((fix, index) => ({desc: index === 0 ? 'State the decision' : 'Or state it more briefly', fix}))
    }]
  }
})
