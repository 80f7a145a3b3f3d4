import {blank, type Draft, type DraftMeta} from './draft.js'

/** A quoted reply's attribution line, or Outlook's marker: everything from here on is quoted. */
const replyMarker = /^(On\b.{0,200}\bwrote:|-{2,}\s*Original Message\s*-{2,})\s*$/m
const quotedLine = /^>[^\n]*\n?/gm

/**
 * Read an RFC 5322 message as written by a mail client's "save draft": headers, a blank line,
 * a plain-text body. Header values give metadata; quoted replies are not checked.
 */
export function readEmail(text: string): Draft {
  const headerEnd = /\r?\n\r?\n/.exec(text)
  const bodyStart = headerEnd ? headerEnd.index + headerEnd[0].length : text.length
  const headers = parseHeaders(text.slice(0, headerEnd ? headerEnd.index : text.length))
  let prose = blank(text, 0, bodyStart)

  const marker = replyMarker.exec(text.slice(bodyStart))
  const quoteStart = marker ? bodyStart + marker.index : text.length
  prose = blank(prose, quoteStart, text.length)
  for (const quoted of text.slice(bodyStart, quoteStart).matchAll(quotedLine)) {
    prose = blank(prose, bodyStart + quoted.index, bodyStart + quoted.index + quoted[0].length)
  }

  const meta: DraftMeta = {}
  const subject = headers.get('subject')
  if (subject) meta.subject = subject.value
  const date = headers.get('date')
  if (date && !Number.isNaN(Date.parse(date.value))) meta.date = new Date(date.value).toISOString()
  const to = headers.get('to')
  if (to) meta.recipient = to.value.replace(/<[^<>]*>/g, '').replace(/"/g, '').trim() || undefined
  const invited = attributionDate(text.slice(quoteStart))
  if (invited) meta.invited = invited

  return {
    format: 'email',
    text,
    prose,
    subject: subject ? {start: subject.start, end: subject.start + subject.value.length, text: subject.value} : undefined,
    meta,
    disabled: []
  }
}

/**
 * The date in a reply's attribution line ("On Mon, 2 Mar 2026 at 10:00, Priya <p@x> wrote:"):
 * the longest comma-separated prefix that parses as a date.
 */
function attributionDate(quoted: string): string | undefined {
  const line = /^On\s+(.+?)\s+wrote:/m.exec(quoted)?.[1]
  if (!line) return undefined
  const parts = line.replace(/<[^<>]*>/g, '').replace(/\sat\s/, ' ').split(',')
  for (let count = parts.length; count > 0; count--) {
    const candidate = parts.slice(0, count).join(',').trim()
    if (/\d/.test(candidate) && !Number.isNaN(Date.parse(candidate))) return new Date(candidate).toISOString()
  }
  return undefined
}

/** Unfolded header values by lower-case name, with the offset of the first value's start. */
function parseHeaders(block: string): Map<string, {value: string; start: number}> {
  const headers = new Map<string, {value: string; start: number}>()
  for (const match of block.matchAll(/^([!-9;-~]+):[ \t]*((?:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*))/gm)) {
    const name = match[1].toLowerCase()
    if (headers.has(name)) continue
    const start = match.index + match[0].length - match[2].length
    headers.set(name, {value: match[2].replace(/\r?\n[ \t]+/g, ' ').trim(), start})
  }
  return headers
}
