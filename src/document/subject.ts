import {isScalar, parseDocument} from 'yaml'
import type {Span} from '../input/draft.js'
import type {Document} from './document.js'

const frontMatter = /^(---[ \t]*\r?\n)([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/
const found = new WeakMap<Document, Span | undefined>()

/**
 * Where the subject is written in the text, as written (quotes included). A plain-text or email
 * subject already has its span; a front matter `subject` is a 0-0 span in the Draft, so its
 * value is looked up in the front matter. The 0-0 span is kept when that fails.
 */
export function subjectSpan(doc: Document): Span | undefined {
  const subject = doc.subject
  if (!subject || subject.end > subject.start || doc.draft.format !== 'markdown') return subject
  if (!found.has(doc)) found.set(doc, frontMatterValue(doc.text) ?? subject)
  return found.get(doc)
}

function frontMatterValue(text: string): Span | undefined {
  const block = frontMatter.exec(text)
  if (!block) return undefined
  const offset = block[1].length
  const node = parseDocument(block[2]).get('subject', true)
  if (!isScalar(node) || !node.range) return undefined
  const [start, end] = node.range
  return {start: offset + start, end: offset + end, text: text.slice(offset + start, offset + end)}
}
