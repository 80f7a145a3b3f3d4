import PostalMime from 'postal-mime'

/**
 * The part of a MIME message that is checked, as postal-mime decoded it: the text/plain part,
 * else the HTML part. `exact` says where its characters stand in the message as written, when they
 * stand there unchanged (not base64 or quoted-printable, not another charset): counted from the
 * end of the message's header block and back from the end of the message, two distances that
 * fixes inside the part leave alone.
 */
export interface MimeBody {
  kind: 'text' | 'html'
  content: string
  exact?: {fromHeaderEnd: number; tail: number}
}

/** Where the top-level header block ends: just after the first empty line. */
export function headerEnd(raw: string): number {
  const match = /\r?\n\r?\n/.exec(raw)
  return match ? match.index + match[0].length : raw.length
}

/**
 * Parse an RFC 5322 message with postal-mime (asynchronous, hence apart from the synchronous
 * readers) and pick the part to check. Undefined when the message has no text at all.
 */
export async function readMimeBody(raw: string): Promise<MimeBody | undefined> {
  const email = await PostalMime.parse(raw)
  const kind = email.text?.trim() ? 'text' : email.html?.trim() ? 'html' : undefined
  if (!kind) return undefined
  const content = (kind === 'text' ? email.text : email.html)!
  return {kind, content, exact: locate(raw, content)}
}

/** Find the decoded part in the message as written; postal-mime gives line breaks as LF. */
function locate(raw: string, content: string): MimeBody['exact'] {
  const bodyStart = headerEnd(raw)
  const trimmed = content.replace(/\s+$/, '')
  for (const candidate of [trimmed, trimmed.replace(/\r?\n/g, '\r\n')]) {
    if (!candidate) continue
    const at = raw.indexOf(candidate, bodyStart)
    // Only one place can be the part: a text that appears twice is not located.
    if (at !== -1 && raw.indexOf(candidate, at + 1) === -1) return {fromHeaderEnd: at - bodyStart, tail: raw.length - at - candidate.length}
  }
  return undefined
}
