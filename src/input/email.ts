import {blank, type Draft, type DraftMeta} from './draft.js'
import {readHeaders, isMime, type Header} from './email-headers.js'
import {InputError} from './errors.js'
import {htmlProse} from './html.js'
import {headerEnd, type MimeBody} from './mime.js'
import {blankQuotedReply} from './quoted-reply.js'


/** The checked part of a message: where it is in the prose and whether positions in it are exact. */
interface Body {
  prose: string
  start: number
  end: number
  exact: boolean
}

/**
 * Read an RFC 5322 message. Header values (decoded by postal-mime) give metadata; the text/plain
 * part, else the HTML part's text, is checked; quoted replies are not checked but their date is read.
 *
 * Positions: a plain body, or a MIME part written as is, is checked in place, so positions and
 * fixes are exact. A base64 or quoted-printable part has no character-for-character place in the
 * file: its decoded text is laid at the start of the body (it is never longer than its encoding),
 * so findings point into the body, approximately, and carry no fixes.
 *
 * `mime` is postal-mime's reading of the message (see readMimeBody), which is asynchronous: a
 * message that needs it and comes without it is refused with a message saying so.
 */
export function readEmail(text: string, filePath = '', mime?: MimeBody): Draft {
  const bodyStart = headerEnd(text)
  const headers = readHeaders(text.slice(0, bodyStart))
  const body = checkedBody(text, bodyStart, headers, filePath, mime)

  // Only the checked body is prose: headers and other parts are blanked.
  const blanked = blank(text, 0, text.length)
  const withBody = blanked.slice(0, body.start) + body.prose + blanked.slice(body.end)
  const {prose, quoteStart} = blankQuotedReply(withBody, body.start, body.end)
  const quoted = withBody.slice(quoteStart, body.end)

  const subject = headers.get('subject')
  return {
    format: 'email',
    // The checked part as read (decoded, or an HTML part's text), the rest as written.
    text: text.slice(0, body.start) + body.prose + text.slice(body.end),
    prose,
    subject: subject && {start: subject.verbatim ? subject.start : 0, end: subject.verbatim ? subject.end : 0, text: subject.value},
    meta: metadata(headers, quoted),
    disabled: [],
    unmapped: body.exact ? [] : [{start: body.start, end: body.end}]
  }
}

function checkedBody(text: string, bodyStart: number, headers: Map<string, Header>, filePath: string, mime?: MimeBody): Body {
  if (!mime) {
    if (isMime(headers)) throw new InputError(filePath, 'a MIME message (several parts, HTML or encoded): read it with lintAsync() or the command line')
    return {prose: text.slice(bodyStart), start: bodyStart, end: text.length, exact: true}
  }
  const asProse = (content: string) => (mime.kind === 'html' ? htmlProse(content).prose : content)
  if (mime.exact) {
    const start = bodyStart + mime.exact.fromHeaderEnd
    const end = text.length - mime.exact.tail
    return {prose: asProse(text.slice(start, end)), start, end, exact: true}
  }
  // Never longer than its encoding; cut all the same, so that a surprise cannot shift the file.
  const laid = asProse(mime.content).slice(0, text.length - bodyStart)
  return {prose: laid, start: bodyStart, end: bodyStart + laid.length, exact: false}
}

function metadata(headers: Map<string, Header>, quoted: string): DraftMeta {
  const meta: DraftMeta = {}
  const subject = headers.get('subject')?.value
  if (subject) meta.subject = subject
  const date = asDate(headers.get('date')?.value)
  if (date) meta.date = date
  const to = headers.get('to')?.value.replace(/<[^<>]*>/g, '').replace(/"/g, '').trim()
  if (to) meta.recipient = to
  const invited = attributionDate(quoted) ?? asDate(/^(?:Sent|Date):[ \t]*(.+)$/m.exec(quoted)?.[1])
  if (invited) meta.invited = invited
  return meta
}

function asDate(value: string | undefined): string | undefined {
  return value && /\d/.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined
}

/**
 * The date in a reply's attribution line ("On Mon, 2 Mar 2026 at 10:00, Priya <p@x> wrote:"):
 * the longest comma-separated prefix that parses as a date.
 */
function attributionDate(quoted: string): string | undefined {
  const line = /^On\s+(.+?)\s+wrote:/m.exec(quoted)?.[1]
  if (!line) return undefined
  // Gmail puts the name after the time ("On Mon, Sep 7, 2026 at 9:14 AM Mark <m@x> wrote:").
  const parts = line.replace(/<[^<>]*>/g, '').replace(/\sat\s/, ' ').replace(/(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)\s.*$/i, '$1').split(',')
  for (let count = parts.length; count > 0; count--) {
    const candidate = parts.slice(0, count).join(',').trim()
    // Without a year, V8 reads "Mon, Sep 7" as 2001.
    const date = /\b(?:19|20)\d{2}\b/.test(candidate) ? asDate(candidate) : undefined
    if (date) return date
  }
  return undefined
}
