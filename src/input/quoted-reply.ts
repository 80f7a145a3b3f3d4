import {blank} from './draft.js'

/** A quoted reply's attribution line, or Outlook's marker: everything from here on is quoted. */
const replyMarker = /^(On\b.{0,200}\bwrote:|-{2,}\s*Original Message\s*-{2,})\s*$/m
const quotedLine = /^>[^\n]*\n?/gm

/**
 * Blank the quoted reply between `start` and `end` of `prose`: everything from a reply marker on,
 * and every line before it that starts with ">". Quoted words are the other person's, not the
 * draft's. Returns the prose and where the quoted reply starts (`end` when there is none).
 */
export function blankQuotedReply(prose: string, start: number, end: number): {prose: string; quoteStart: number} {
  const marker = replyMarker.exec(prose.slice(start, end))
  const quoteStart = marker ? start + marker.index : end
  let result = blank(prose, quoteStart, end)
  for (const line of result.slice(start, quoteStart).matchAll(quotedLine)) {
    result = blank(result, start + line.index, start + line.index + line[0].length)
  }
  return {prose: result, quoteStart}
}
