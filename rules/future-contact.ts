import type {Document, Match, Word} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import {clauseAt, sentenceWithout} from './shared/keep-decision.js'
import {bridgeBurners, doorOpeners, hopefulLine, negatedBridgeBurners, negatedDoorOpeners, notAsWorker, notDoorOpeners, withSomeoneNamed} from './future-contact.data.js'
import {isQuoted} from '../src/document/quotes.js'
import {distinct, overlaps} from './shared/closing-courtesies.js'
import {insertAtBodyEnd, missingPiece} from './shared/wording.js'

/** A negation anywhere in a stretch of text. */
const negated = /\b(?:not|never|no\s+(?:longer|need)|cannot|nor)\b|n['’]t\b/i
/** Not minding is a wish, not a negation: "I trust you will not mind my writing again". */
const notMinding = /\b(?:not|n['’]t)\s+mind\b/gi
/** Where a clause ends, for the negation check of a hopeful line. */
const clauseEdge = /[,;:]|\bbut\b/

/** Words that negate what follows them. */
const negating = /^(?:not|never|cannot|unable|without|nor|neither|doubt|unlikely)$|n['’]t$/i
/** "no" negates only in these pairs: "no longer wish", "no need to keep my details", "no interest in". */
const negatingAfterNo = /^(?:longer|need|interest|desire|wish|intention|plans?)$/i
/** Words that start a new thought: a negation does not reach past them ("I can't go but hope to stay in touch"). */
const barrier = /^(?:but|although|though|however|yet|while|whereas|and|so|if|because)$/i
/**
 * How many words back a negation reaches: "won't be able to keep in touch" needs four. The scope
 * is counted in words rather than stopped at the first scored word (as clause polarity does),
 * because "I don't want to lose touch" must reach past "want".
 */
const reach = 4

function isNegation(words: readonly Word[], index: number): boolean {
  const word = words[index].text
  return negating.test(word) || (/^no$/i.test(word) && negatingAfterNo.test(words[index + 1]?.text ?? ''))
}

/** The negation that reaches a phrase from the few words before it, if any. */
function negationBefore(doc: Document, match: Match): Word | undefined {
  const before = match.sentence.words.filter((word) => word.end <= match.start)
  for (let index = before.length - 1; index >= Math.max(0, before.length - reach); index--) {
    if (barrier.test(before[index].text)) return undefined
    if (!isNegation(before, index)) continue
    // A comma or semicolon between them ends the negation: "Although I can't join, staying in touch...".
    return /[,;:–—]/.test(doc.text.slice(before[index].end, match.start)) ? undefined : before[index]
  }
  return undefined
}

/** Whether a negation sits inside the phrase itself: "our paths will never cross". */
function negatedWithin(match: Match): boolean {
  const words = match.sentence.words.filter((word) => word.start >= match.start && word.end <= match.end)
  return words.some((_, index) => isNegation(words, index))
}

/** Staying in touch with someone named who is not the recipient: "with Amara, who referred me". */
function withSomeoneElse(doc: Document): Match[] {
  const theirs = [doc.facts.recipient, doc.facts.company].filter((name) => name !== undefined).map((name) => name.toLowerCase())
  return doc.match(withSomeoneNamed).filter((match) => {
    const named = match.text.split(/\s+/).slice(2).join(' ').toLowerCase()
    return !theirs.some((name) => name.includes(named) || named.includes(name))
  })
}

/** The writer's own lines that keep the door open. */
function doorOpenings(doc: Document): Match[] {
  const excluded = [...doc.match(notDoorOpeners), ...withSomeoneElse(doc)]
  const own = (match: Match) => !isQuoted(doc, match) && !excluded.some((other) => overlaps(other, match))
  return [
    ...doc.match(doorOpeners).filter((match) => own(match) && !negationBefore(doc, match) && !negatedWithin(match)),
    ...doc.match(negatedDoorOpeners).filter((match) => own(match) && negationBefore(doc, match)),
    ...hopefulLines(doc).filter((match) => own(match) && !negationBefore(doc, match))
  ]
}

/** Coming back to work for a name: "as an engineer", not "as a tourist". */
const comingBackAs = new RegExp(String.raw`\bcome\s+back\s+to\s+\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,3}\s+as\s+an?\s+(?!${notAsWorker})`, 'gu')

/** The company's name and, when it has more words, its first ("the Domaine" for "Domaine des Coteaux"); lower case. */
function companyNames(company: string): string[] {
  const first = /^\p{Lu}[\p{L}&'’-]{3,}(?=\s)/u.exec(company)?.[0]
  return (first && !/^the$/i.test(first) ? [company, first] : [company]).map((name) => name.toLowerCase())
}

/** Returning somewhere; what follows says where. One pattern for every draft, not one per company. */
const comingBackTo = /\bcome\s+back\s+to\s+/gi

/**
 * "come back to Hafod Care", "come back to the Domaine", "come back to Odfjell as an engineer":
 * returning to the company the draft names, or to any name as a worker; not to a town.
 */
function comingBack(doc: Document): Match[] {
  const names = doc.facts.company ? companyNames(doc.facts.company) : []
  const named = doc.search(comingBackTo).filter(({end}) => {
    const after = doc.text.slice(end, end + 120).toLowerCase()
    // "the Domaine", but also "The Ivy" when that is the name.
    const places = [after, after.replace(/^the\s+/, '')]
    return names.some((name) => places.some((place) => place.startsWith(name) && !/[\p{L}\d]/u.test(place.charAt(name.length))))
  })
  return [...named, ...doc.search(comingBackAs)]
}

/** Sentences that wish for a chance or contact ahead, however worded (see `hopefulLine`). */
function hopefulLines(doc: Document): Match[] {
  const {opportunity, wish, ahead, elsewhere} = hopefulLine
  return [...doc.search(opportunity), ...comingBack(doc)].filter(({sentence, start}) => {
    // "please don't message me about future openings", "the post in Paris would not suit": a
    // negation anywhere in the clause around it.
    const at = start - sentence.start
    const clause = sentence.text.slice(0, at).split(clauseEdge).at(-1)! + sentence.text.slice(at).split(clauseEdge)[0]
    // What makes it something else is read in its own clause: "I hope you find someone brilliant, and
    // I'd be happy to help out if you're ever short" still keeps the door open.
    return wish.test(sentence.text) && ahead.test(sentence.text) && !elsewhere.test(clause) && !negated.test(clause.replace(notMinding, 'mind'))
  })
}

/** The writer's own words that burn the bridge; a negated phrase is reported from its negation on. */
function bridgeBurnings(doc: Document): Match[] {
  const plain = doc.match(bridgeBurners).filter((match) => !isQuoted(doc, match) && !negationBefore(doc, match))
  const negated = doc.match(negatedBridgeBurners).flatMap((match) => {
    const negation = isQuoted(doc, match) ? undefined : negationBefore(doc, match)
    return negation ? [{...match, start: negation.start, text: doc.text.slice(negation.start, match.end)}] : []
  })
  return distinct([...plain, ...negated])
}

/** The guidance's own door-opening line, naming the company when the draft does. */
function doorSentence(doc: Document): string {
  const at = doc.facts.company ? ` at ${doc.facts.company}` : ''
  return `I hope we can keep in touch for future opportunities${at} that may align with my career goals.`
}

function burnt(doc: Document, match: Match): Finding {
  const sentence = doorSentence(doc)
  // "I'm sorry for any inconvenience, but I won't be applying again": the apology stays.
  const clause = clauseAt(match.sentence, match.start)
  const kept = clause ? sentenceWithout(doc, match.sentence, clause.start, clause.end) : ''
  return {
    reason: `"${match.text}" burns the bridge`,
    note: 'The guidance: "Remember, declining an interview does not have to close the door on future opportunities." Today’s declined role could be tomorrow’s ideal one.',
    start: match.start,
    end: match.end,
    actual: match.text,
    expected: [sentence],
    suggestions: [{desc: 'Replace the sentence with one that keeps the door open', fix: {range: [match.sentence.start, match.sentence.end], text: kept ? `${kept} ${sentence}` : sentence}}]
  }
}

function missing(doc: Document): Finding {
  const sentence = doorSentence(doc)
  return missingPiece(insertAtBodyEnd(doc, sentence), {
    reason: 'No line that keeps the door open',
    note: 'The guidance: "Keep the door open: Indicate your hope to keep in touch or be considered for future roles if appropriate."',
    desc: 'Say you hope to keep in touch before signing off'
  })
}

export default defineRule({
  id: 'future-contact',
  description: 'The door is kept open (keep in touch, future roles); no bridge-burning',
  defaultSeverity: 'warn',
  fix: 'safe',
  check(doc) {
    const burnings = bridgeBurnings(doc)
    // A burnt bridge is reported at its words, with the door-opening line as the suggestion;
    // inserting that line after "lose my number" as well would only contradict it.
    if (burnings.length > 0) return burnings.map((match) => burnt(doc, match))
    return doorOpenings(doc).length > 0 ? [] : [missing(doc)]
  }
})
