import type {Document, Match, Sentence} from './document.js'
import {sentenceAt} from './sentence-at.js'

/**
 * A quoted passage: "...", “...”, or '...'/‘...’. A single quote that sits between two letters
 * is an apostrophe ("don’t"), so it neither opens nor closes a quotation.
 */
const quotation = /"[^"]*"|“[^“”]*”|(?<!\p{L})['‘](?:[^'‘’]|['’](?=\p{L}))*['’](?!\p{L})/gu

/** The quoted passages of each sentence, found once: rules ask of word after word. */
const quotesBySentence = new WeakMap<Sentence, Match[]>()

/** Whether a phrase sits inside quotation marks in its sentence: quoted words are someone else's. */
export function isQuoted(doc: Document, match: Pick<Match, 'start' | 'end' | 'sentence'>): boolean {
  let quotes = quotesBySentence.get(match.sentence)
  if (!quotes) quotesBySentence.set(match.sentence, (quotes = doc.search(quotation, [match.sentence])))
  return quotes.some((quote) => quote.start <= match.start && match.end <= quote.end)
}

/** Whether the words at [start, end) sit inside quotation marks in the sentence that holds them. */
export function isQuotedSpan(doc: Document, start: number, end: number): boolean {
  const sentence = sentenceAt(doc, start)
  return sentence !== undefined && isQuoted(doc, {start, end, sentence})
}

/** `text` with every quoted passage blanked to spaces, so that someone else's words cannot steer a reading. */
export function blankQuotes(text: string): string {
  return text.replace(quotation, (quote) => ' '.repeat(quote.length))
}
