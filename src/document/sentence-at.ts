import type {Document, Sentence} from './document.js'

/** The sentence of the body that holds `offset`, if any: for checks that come with a bare span, not a Match. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  return doc.sentences.find((item) => offset >= item.start && offset < item.end)
}
