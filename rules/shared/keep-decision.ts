/**
 * Rewording a sentence must not take the decision with it: a suggestion that replaces a sentence
 * stating "I have decided to decline" would trade one finding for a `decision` error. These helpers
 * tell such sentences apart and cut a single clause out of a sentence, tidily.
 */
import type {Clause, Document, Sentence} from '../../src/document/document.js'
import {read, statements} from '../decision.read.js'

const firmSentences = new WeakMap<Document, Set<Sentence>>()

/** Whether `sentence` states the decision firmly (as the decision rule reads it). */
export function statesDecision(doc: Document, sentence: Sentence): boolean {
  let found = firmSentences.get(doc)
  if (!found) {
    found = new Set(statements(doc).filter((statement) => read(statement) === 'firm').map((statement) => statement.sentence))
    firmSentences.set(doc, found)
  }
  return found.has(sentence)
}

/** Joining words a cut clause leaves dangling at the edge of what remains. */
const danglingEnd = /(?:[\s,;:–—-]|\b(?:and|but|so|yet|as|because|since|though|although|while|or)\b)+$/i
const danglingStart = /^(?:[\s,;:–—-]|(?:and|but|so|yet|as|because|since|though|although|while|or|however)\b)+/i

/**
 * The sentence's text without the span [start, end) (a clause, or a remark inside one), with the
 * joining words and commas at the cut removed and the first letter and final stop restored.
 * Empty when nothing of substance is left.
 */
export function sentenceWithout(doc: Document, sentence: Sentence, start: number, end: number): string {
  const before = doc.text.slice(sentence.start, start).replace(danglingEnd, '')
  const stop = /[.!?…]["”’)]*\s*$/.exec(doc.text.slice(end, sentence.end))?.[0].trim() || '.'
  // A joining word after the cut still joins what is left ("..., but I have decided"), unless nothing is left before it.
  const after = doc.text.slice(end, sentence.end).replace(/[.!?…]["”’)]*\s*$/, '').replace(before ? /^[\s,;:–—-]+/ : danglingStart, '')
  const kept = before && after ? `${before}, ${after}` : before || after
  if (!/\p{L}/u.test(kept)) return ''
  return `${kept.charAt(0).toUpperCase()}${kept.slice(1)}${stop}`
}

/** The clause of `sentence` holding `offset`. */
export function clauseAt(sentence: Sentence, offset: number): Clause | undefined {
  return sentence.clauses.find((clause) => offset >= clause.start && offset < clause.end)
}
