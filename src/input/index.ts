import {blank, type Draft} from './draft.js'
import {readEmail} from './email.js'
import {readMarkdown} from './markdown.js'
import {readText} from './text.js'

export type {Draft, DraftMeta, Span, DisabledRegion} from './draft.js'
export {InputError} from './errors.js'

/** File name endings decline-lint reads, and the reader for each. */
export const extensions: Record<string, (text: string, filePath: string) => Draft> = {
  '.txt': readText,
  '.text': readText,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.eml': readEmail
}

/** Read a draft, choosing the reader by the file name's ending (plain text when unknown). */
export function readDraft(text: string, filePath = ''): Draft {
  const dot = filePath.lastIndexOf('.')
  const reader = dot === -1 ? undefined : extensions[filePath.slice(dot).toLowerCase()]
  const draft = (reader ?? readText)(text, filePath)
  // A byte order mark is not prose: tokenized, it would start the first sentence, and text
  // inserted "before the first sentence" would land in front of it.
  return text.startsWith('\uFEFF') ? {...draft, prose: blank(draft.prose, 0, 1)} : draft
}
