import type {Edit} from '../types.js'

/**
 * Apply edits that do not overlap, first come first served in text order. Insertions at the
 * same point are all kept, in the order given (the rule order), so thanks and an apology can
 * both go before the sign-off.
 */
export function applyEdits(text: string, edits: readonly Edit[]): {output: string; applied: number} {
  const ordered = edits
    .map((edit, order) => ({edit, order}))
    .sort((a, b) => a.edit.range[0] - b.edit.range[0] || a.edit.range[1] - b.edit.range[1] || a.order - b.order)
  let output = ''
  let cursor = 0
  let applied = 0
  for (const {edit} of ordered) {
    const [start, end] = edit.range
    if (start < cursor || start > end || end > text.length) continue
    output += text.slice(cursor, start) + edit.text
    cursor = end
    applied++
  }
  return {output: output + text.slice(cursor), applied}
}
