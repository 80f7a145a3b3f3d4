import {decodeWords} from 'postal-mime'

/** A header's unfolded value, decoded, with where its raw value starts and ends. */
export interface Header {
  value: string
  start: number
  end: number
  /** The raw value equals the decoded one (no encoded words, no folding): a fix can replace it. */
  verbatim: boolean
}

/**
 * The top-level header block's fields by lower-case name (the first of each). Folded lines are
 * unfolded and RFC 2047 encoded words ("=?UTF-8?Q?...?=") decoded by postal-mime.
 */
export function readHeaders(block: string): Map<string, Header> {
  const headers = new Map<string, Header>()
  for (const match of block.matchAll(/^([!-9;-~]+):[ \t]*((?:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*))/gm)) {
    const name = match[1].toLowerCase()
    if (headers.has(name)) continue
    const raw = match[2].replace(/\s+$/, '')
    const start = match.index + match[0].length - match[2].length
    const value = decodeWords(raw.replace(/\r?\n[ \t]+/g, ' ')).trim()
    headers.set(name, {value, start, end: start + raw.length, verbatim: value === raw})
  }
  return headers
}

/** Whether the message needs a MIME parse: several parts, HTML only, or a transfer encoding. */
export function isMime(headers: Map<string, Header>): boolean {
  const type = headers.get('content-type')?.value.toLowerCase() ?? 'text/plain'
  const encoding = headers.get('content-transfer-encoding')?.value.toLowerCase() ?? '7bit'
  return !type.startsWith('text/plain') || !['7bit', '8bit', 'binary'].includes(encoding)
}
