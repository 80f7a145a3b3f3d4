import {blank, type Draft} from './draft.js'

/** A `Subject:` header on the first line of a plain-text draft. */
const subjectLine = /^\uFEFF?[ \t]*subject[ \t]*:[ \t]*([^\r\n]*)/i

/** Read a plain-text draft: the first line may be `Subject: ...`. */
export function readText(text: string): Draft {
  const match = subjectLine.exec(text)
  let prose = text
  let subject: Draft['subject']
  if (match) {
    const value = match[1].trimEnd()
    const start = match[0].length - match[1].length
    subject = {start, end: start + value.length, text: value}
    prose = blank(text, 0, match[0].length)
  }
  return {format: 'text', text, prose, subject, meta: subject ? {subject: subject.text} : {}, disabled: []}
}
