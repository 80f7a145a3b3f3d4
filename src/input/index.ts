import {blank, type Draft} from './draft.js'
import type {MimeBody} from './mime.js'
import {readEmail} from './email.js'
import {readHtml} from './html.js'
import {readMarkdown} from './markdown.js'
import {readText} from './text.js'

export type {Draft, DraftMeta, Span, DisabledRegion} from './draft.js'
export {InputError} from './errors.js'
export {readMimeBody, type MimeBody} from './mime.js'

/** File name endings decline-lint reads, and the reader for each. */
export const extensions: Record<string, (text: string, filePath: string, mime?: MimeBody) => Draft> = {
  '.txt': readText,
  '.text': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.eml': readEmail,
  '.html': readHtml,
  '.htm': readHtml
}

/** Read a draft, choosing the reader by the file name's ending (plain text when unknown). */
export function readDraft(text: string, filePath = '', mime?: MimeBody): Draft {
  const dot = filePath.lastIndexOf('.')
  const reader = dot === -1 ? undefined : extensions[filePath.slice(dot).toLowerCase()]
  const draft = (reader ?? readText)(text, filePath, mime)
  // A byte order mark is not prose: tokenized, it would start the first sentence, and text
  // inserted "before the first sentence" would land in front of it.
  return text.startsWith('\uFEFF') ? {...draft, prose: blank(draft.prose, 0, 1)} : draft
}

/** Whether a file name ends in one of the endings decline-lint reads. */
export function hasDraftEnding(name: string): boolean {
  return Object.keys(extensions).some((ending) => name.toLowerCase().endsWith(ending))
}

/** Whether a text has nothing in it to lint (a byte-order mark and white space only). */
export function isBlank(text: string): boolean {
  return text.replace(/^\uFEFF/, '').trim() === ''
}
