import type {Document} from '../../src/document/document.js'
import type {Span} from '../../src/input/draft.js'
import type {Edit} from '../../src/types.js'
import {casualClosings} from '../sign-off.data.js'
import {startsSentence} from './proper-names.js'
import {templateSlot} from './template-slots.js'

/** The passage of the guidance every professional-tone note quotes. */
export const toneGuidance = 'The guidance: "Use professional language: Whether you use email templates or write your own message, keep your tone courteous and appreciative."'

/**
 * The parts of a draft professional-tone reads, each on its own: the subject, the greeting line,
 * the body's sentences and the closing phrase. The sender's name and title lines are left out:
 * a name in capitals is not shouting. A closing that sign-off reports as too casual ("xoxo",
 * "Cheers") is left to it: one word, one finding.
 */
export function tonePieces(doc: Document): Span[] {
  const closing = doc.signOff?.closing
  const casual = closing && casualClosings.includes(doc.text.slice(closing.start, closing.end).replace(/[\s,.!]+$/, '').toLowerCase())
  const spans = [doc.subject, doc.greeting, ...doc.sentences, casual ? undefined : closing]
  return spans.flatMap((span) => (span ? [{start: span.start, end: span.end, text: doc.text.slice(span.start, span.end)}] : []))
}

/**
 * Quotations and bracketed placeholders, one line at most: words there are someone else's
 * ("she said 'yeah'"), a name, or a slot to fill ("[COMPANY NAME]"), not the writer's tone.
 */
// Each body excludes its own opener too: an unclosed "{" then stops at the next one instead of
// scanning to the end of the line, which made a line of "{{ {{ ..." quadratic.
const aside = new RegExp(String.raw`"[^"\r\n]*"|“[^“”\r\n]*”|‘[^‘’\r\n]*’|${templateSlot}`, 'g')

const asideCache = new WeakMap<Document, Array<[number, number]>>()

/** Whether [start, end) lies inside a quotation or a placeholder of the draft. */
export function inAside(doc: Document, start: number, end: number): boolean {
  let ranges = asideCache.get(doc)
  if (!ranges) {
    ranges = [...doc.text.matchAll(aside)].map((found): [number, number] => [found.index, found.index + found[0].length])
    asideCache.set(doc, ranges)
  }
  return ranges.some(([from, to]) => start >= from && end <= to)
}

/** `replacement` with a capital first letter when the words it replaces had one. */
export function matchCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/**
 * An edit that drops [start, end) and leaves a well-formed sentence. A sentence of its own goes
 * whole ("Thanks. LOL." -> "Thanks."). At a sentence start it takes the comma and space after and
 * capitalises what follows ("Omg, thank you" -> "Thank you"). After a joining word it takes a comma
 * after ("and omg, I" -> "and I"), or else the space before (keeping "a lead role lol, so"'s comma), with a comma before when punctuation
 * follows ("Thanks 😊!" -> "Thanks!", "Thanks, 😊." -> "Thanks.").
 */
/** The end of a stretch that a comma-led aside may follow: a joining word or punctuation. */
const afterJoin = /(?:[,;:(]|\b(?:and|but|so|or|because|as|then|plus|yet|though|although))[ \t]*$/i

export function removal(text: string, start: number, end: number): Edit {
  const after = /^[,;:]?[ \t]*/.exec(text.slice(end))?.[0] ?? ''
  const before = text.slice(Math.max(0, start - 80), start)
  const stop = /^[.!?]+/.exec(text.slice(end))?.[0]
  if (startsSentence(text, start) && stop) {
    // The words are the whole sentence ("LOL."): it goes, with the space before it.
    return {range: [start - (/[ \t]*$/.exec(before)?.[0].length ?? 0), end + stop.length], text: ''}
  }
  if (startsSentence(text, start)) {
    const next = text.charAt(end + after.length)
    const lower = /\p{Ll}/u.test(next)
    return {range: [start, end + after.length + (lower ? 1 : 0)], text: lower ? next.toUpperCase() : ''}
  }
  // "and omg, I" -> "and I"; but "a lead role lol, so" -> "a lead role, so": there the comma ends the clause.
  if (after.startsWith(',') && afterJoin.test(before)) return {range: [start, end + after.length], text: ''}
  const punctuationAfter = /^[ \t]*(?:[.;:!?]|[\r\n]|$)/.test(text.slice(end))
  const lead = (punctuationAfter ? /,?[ \t]*$/ : /[ \t]*$/).exec(before)?.[0] ?? ''
  return {range: [start - lead.length, end], text: ''}
}
