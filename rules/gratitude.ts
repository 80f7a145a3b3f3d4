import type {Document, Match} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import {isQuoted} from '../src/document/quotes.js'
import {falseThanks, otherSenses, thanks} from './gratitude.data.js'
import {beliedThanks} from './shared/sarcastic-thanks.js'
import {clauseAt, sentenceWithout, statesDecision} from './shared/keep-decision.js'
import {insertAtBodyStart, missingPiece, positionPhrase} from './shared/wording.js'

/** Thanks in the body that are real: not sarcastic, not negated, not "thanks to" a cause or a "thank-you note". */
function realThanks(doc: Document, insincere: Match[]): Match[] {
  const insincereSentences = new Set(insincere.map((match) => match.sentence))
  const otherwise = doc.match(otherSenses)
  return doc
    .match(thanks)
    .filter((match) => !insincereSentences.has(match.sentence) && !isQuoted(doc, match))
    .filter((match) => !otherwise.some((other) => other.start <= match.start && match.end <= other.end))
}

function thankYouSentence(doc: Document): string {
  const opportunity = positionPhrase(doc)
  if (doc.facts.kind === 'offer') return `Thank you for offering me ${opportunity}.`
  if (doc.facts.kind === 'interview') return `Thank you for inviting me to interview for ${opportunity}.`
  return `Thank you for considering me for ${opportunity}.`
}

/** Sincere thanks in place of the sarcastic sentence, keeping the decision when it shares the sentence. */
function sincerely(doc: Document, match: Match): string {
  const {sentence} = match
  const clause = clauseAt(sentence, match.start)
  const kept = clause && statesDecision(doc, sentence) ? sentenceWithout(doc, sentence, clause.start, clause.end) : ''
  return kept ? `${thankYouSentence(doc)} ${kept}` : thankYouSentence(doc)
}

export default defineRule({
  id: 'gratitude',
  description: 'Thanks or appreciation for the invitation or offer is present',
  defaultSeverity: 'warn',
  fix: 'safe',
  check(doc) {
    const findings: Finding[] = []
    // Quoted sarcasm is someone else's words: neither reported nor counted as thanks.
    const insincere = [...doc.match(falseThanks), ...beliedThanks(doc)].filter((match) => !isQuoted(doc, match))
    for (const match of insincere) {
      findings.push({
        reason: `"${match.text}" reads as sarcasm or a refusal of thanks, not as thanks`,
        note: 'The guidance: "Always thank the company for the interview offer." Sarcastic thanks burn the bridge the rest of the letter builds.',
        start: match.start,
        end: match.end,
        actual: match.text,
        expected: [thankYouSentence(doc)],
        suggestions: [{desc: 'Replace the sentence with sincere thanks', fix: {range: [match.sentence.start, match.sentence.end], text: sincerely(doc, match)}}]
      })
    }
    if (realThanks(doc, insincere).length > 0) return findings
    findings.push(missingPiece(insertAtBodyStart(doc, thankYouSentence(doc)), {
      reason: 'No thanks for the invitation or offer',
      note: 'The guidance: "Express gratitude: Thank the company for considering you for the position." Thanks first sets a warm tone for the news that follows.',
      desc: 'Thank them first'
    }))
    return findings
  }
})
