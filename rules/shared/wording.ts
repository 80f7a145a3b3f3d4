import type {Document} from '../../src/document/document.js'
import type {Edit, Finding, Suggestion} from '../../src/types.js'

/**
 * "the Data Analyst position at Acme", "the position at Acme", "the Data Analyst position",
 * or "the position": the draft's own names where they can be read from it.
 */
export function positionPhrase(doc: Document): string {
  const {role, company} = doc.facts
  const position = role ? `the ${role} position` : 'the position'
  return company ? `${position} at ${company}` : position
}

/** What is being turned down: "interview", "offer", or "opportunity" when it cannot be told. */
export function declinedThing(doc: Document): string {
  return doc.facts.kind === 'unknown' ? 'opportunity' : doc.facts.kind
}

/** Insert a sentence at the start of the body, before the first sentence. */
export function insertAtBodyStart(doc: Document, sentence: string): Edit {
  const at = doc.insertion.afterGreeting
  return {range: [at, at], text: doc.sentences.length > 0 ? `${sentence} ` : sentence}
}

/** Insert a sentence at the end of the body, after the last sentence. */
export function insertAtBodyEnd(doc: Document, sentence: string): Edit {
  const at = doc.insertion.beforeSignOff
  return {range: [at, at], text: doc.sentences.length > 0 ? ` ${sentence}` : sentence}
}

/**
 * A finding about a missing piece: placed where the piece belongs, with its insertion as the fix
 * and as the first suggestion (more suggestions may follow).
 */
export function missingPiece(
  insertion: Edit,
  message: {reason: string; note: string; desc: string; more?: Suggestion[]}
): Finding {
  const suggestions = [{desc: message.desc, fix: insertion}, ...(message.more ?? [])]
  return {
    reason: message.reason,
    note: message.note,
    start: insertion.range[0],
    end: insertion.range[0],
    expected: suggestions.map((suggestion) => suggestion.fix.text.trim()),
    fix: insertion,
    suggestions
  }
}
