import type {VFileMessage} from 'vfile-message'
import type {Document} from '../../src/document/document.js'

/** A message of a retext plugin run in the annotate pass, with its span in the original text. */
export interface RetextFinding {
  message: VFileMessage
  start: number
  end: number
  /** The words it is about, as written in the draft. */
  text: string
}

/**
 * The messages of one retext plugin ('retext-equality', 'retext-profanities'). The plugins ran
 * on the body with the other lines blanked to spaces, so their offsets are offsets in the text.
 */
export function retextFindings(doc: Document, source: string): RetextFinding[] {
  const found: RetextFinding[] = []
  for (const message of doc.retextMessages) {
    if (message.source !== source || !message.place || !('start' in message.place)) continue
    const start = message.place.start.offset
    const end = message.place.end.offset
    if (start === undefined || end === undefined) continue
    found.push({message, start, end, text: doc.text.slice(start, end)})
  }
  return found
}
