import type {Document, Match, Sentence} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Edit, Finding, Suggestion} from '../src/types.js'
import {apologies, notApologies, regretForNews} from './apology.data.js'
import {isQuoted} from '../src/document/quotes.js'
import {distinct, overlaps} from './shared/closing-courtesies.js'
import {insertAtBodyEnd, missingPiece} from './shared/wording.js'
import {clauseAt, sentenceWithout, statesDecision} from './shared/keep-decision.js'

/** The sentence inserted when the draft apologises for nothing, as the guidance's template words it. */
const apologySentence = 'I apologise for any inconvenience this may cause.'

/** From this apology on, the draft grovels: one is enough, a second may pass. */
const grovelFrom = 3

/** An apology word that opens a run of capitalised words is part of a name: "Sorry Games". */
const inName = /\b(?:Sorry|Apology|Apologies|Regrets?)\s+(?!I\b|I['’])\p{Lu}/gu

/**
 * The writer's own apologies, each counted once: not waived ("no need to apologise"), not
 * sympathy, not quoted, not someone else's, not a company's name.
 */
function writerApologies(doc: Document): Match[] {
  const excluded = [...doc.match(notApologies), ...doc.search(inName)]
  const companyWords = new Set(doc.facts.company?.split(/\s+/))
  return distinct(
    doc.match(apologies).filter(
      (match) =>
        !excluded.some((other) => overlaps(other, match)) &&
        !isQuoted(doc, match) &&
        // "my interview at Sorry" when the company is called Sorry: mid-sentence, capitalised.
        !(match.start > match.sentence.start && companyWords.has(match.text))
    )
  )
}

/** Remove a sentence with the space that separates it from its neighbour in the paragraph. */
function removal(doc: Document, sentence: Sentence): Edit {
  const previous = doc.sentences[sentence.index - 1]
  const next = doc.sentences[sentence.index + 1]
  if (previous?.paragraph === sentence.paragraph) return {range: [previous.end, sentence.end], text: ''}
  if (next?.paragraph === sentence.paragraph) return {range: [sentence.start, next.start], text: ''}
  return {range: [sentence.start, sentence.end], text: ''}
}

/**
 * How to cut the surplus apology `match`: its whole sentence when nothing else lives there, else
 * only its clause, so the decision and the apologies that stay are never cut with it. None when
 * the apology shares its clause with something that must stay.
 */
function cut(doc: Document, match: Match, found: Match[], kept: Match[]): Suggestion[] {
  const {sentence} = match
  const holds = (span: {start: number; end: number}, apologies: Match[]) => apologies.some((other) => overlaps(other, span))
  const onlyApologies = sentence.clauses.every((clause) => holds(clause, found))
  if (!holds(sentence, kept) && !statesDecision(doc, sentence) && (sentence.clauses.length <= 1 || onlyApologies)) {
    return [{desc: `Remove the sentence "${sentence.text}"`, fix: removal(doc, sentence)}]
  }
  const clause = clauseAt(sentence, match.start)
  if (!clause || holds(clause, kept) || sentence.clauses.length <= 1) return []
  const rest = sentenceWithout(doc, sentence, clause.start, clause.end)
  if (!rest) return []
  const words = doc.text.slice(clause.start, clause.end).replace(/^[\s,;]+|[\s,;.!?]+$/g, '')
  return [{desc: `Remove "${words}"`, fix: {range: [sentence.start, sentence.end], text: rest}}]
}

function grovelling(doc: Document, found: Match[]): Finding[] {
  const kept = found.slice(0, grovelFrom - 1)
  return found.slice(grovelFrom - 1).map((match) => ({
    // The reason names the word, not its count or rank, so removing one apology leaves the others' messages as they were.
    reason: `Apologising again ("${match.text}"): one apology is enough`,
    note: 'The guidance asks for "A brief apology": one shows you respect the reader\'s time; more reads as grovelling and buries the decision.',
    start: match.start,
    end: match.end,
    actual: match.text,
    suggestions: cut(doc, match, found, kept)
  }))
}

function missing(doc: Document): Finding {
  // "I regret to inform you" is the commonest near miss: say why it does not count.
  const news = doc.match(regretForNews).find((match) => !isQuoted(doc, match))
  return missingPiece(insertAtBodyEnd(doc, apologySentence), {
    reason: news
      ? `No apology for the inconvenience: "${news.text}" regrets the news but apologises for nothing`
      : 'No apology for the inconvenience',
    note: 'The guidance: "Apologize for any inconvenience: This shows you value the company’s best interests and the hiring manager’s schedule."',
    desc: 'Apologise for the inconvenience before signing off'
  })
}

export default defineRule({
  id: 'apology',
  description: 'An apology or regret for the inconvenience is present; not over-apologising',
  defaultSeverity: 'warn',
  fix: 'safe',
  check(doc) {
    const found = writerApologies(doc)
    if (found.length === 0) return [missing(doc)]
    return grovelling(doc, found)
  }
})
