import {blank, type Draft} from './draft.js'
import {readFrontMatter} from './front-matter.js'
import {blankQuotedReply} from './quoted-reply.js'

/** A `Subject:` header on the first line of a plain-text draft (after any front matter). */
const subjectLine = /^\uFEFF?[ \t]*subject[ \t]*:[ \t]*([^\r\n]*)/i

/**
 * YAML front matter opening a plain-text draft, as in Markdown: it lets a `.txt` phone-call
 * script say `script: true`, or carry `invited`, `interview`, `company`...
 */
const frontMatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/

/** Read a plain-text draft: it may open with front matter, then a `Subject: ...` line. */
export function readText(text: string, filePath = ''): Draft {
  const front = frontMatter.exec(text)
  const {meta, problem} = front ? readFrontMatter(front[1], filePath) : {meta: {}, problem: undefined}
  const from = front ? front[0].length : 0
  let prose = front ? blank(text, 0, from) : text
  const match = subjectLine.exec(text.slice(from))
  let subject: Draft['subject']
  if (match) {
    const value = match[1].trimEnd()
    const start = from + match[0].length - match[1].length
    subject = {start, end: start + value.length, text: value}
    prose = blank(prose, from, from + match[0].length)
    meta.subject = value
  } else if (meta.subject !== undefined) {
    subject = {start: 0, end: 0, text: meta.subject}
  }
  // A reply pasted with the message it answers: the quoted message is not the writer's draft.
  prose = blankQuotedReply(prose, from, text.length).prose
  return {format: 'text', text, prose, subject, meta, disabled: [], ...(problem ? {problems: [problem]} : {})}
}
