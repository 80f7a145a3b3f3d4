import {location} from 'vfile-location'
import {lint, type LintResult} from '../../src/engine/lint.js'
import type {LintMessage} from '../../src/types.js'

/**
 * The properties every draft must keep, as plain checks that throw on the first broken one, so
 * that vitest (a short run) and `npm run fuzz` (a long one) share them.
 */

/** A fixed send date, so that runs repeat exactly. */
const date = '2026-03-10'

function fail(problem: string, detail?: unknown): never {
  throw new Error(detail === undefined ? problem : `${problem}: ${JSON.stringify(detail)}`)
}

/** Lint a draft and check every property of the result and of its fixes; returns the first result. */
export function checkDraft(text: string, filePath: string): LintResult {
  const result = lint(text, {filePath, date})
  const failed = result.messages.find((message) => message.fatal && message.reason.startsWith('rule '))
  if (failed) fail('a rule threw', failed.reason)
  checkPositions(text, result.messages)
  checkFixes(text, result.messages)
  checkFixedText(text, filePath)
  return result
}

/** Every position is inside the text, and line and column are those of its offset. */
function checkPositions(text: string, messages: LintMessage[]): void {
  const place = location(text)
  for (const message of messages) {
    if (message.fatal) continue
    if (!(message.start >= 0 && message.start <= message.end && message.end <= text.length)) fail('span outside the text', message)
    const start = place.toPoint(message.start)
    const end = place.toPoint(message.end)
    if (!start || !end) fail('no line and column for an offset', message)
    if (start.line !== message.line || start.column !== message.column) fail('start line/column disagree with the offset', {message, start})
    if (end.line !== message.endLine || end.column !== message.endColumn) fail('end line/column disagree with the offset', {message, end})
    for (const suggestion of message.suggestions ?? []) {
      const [from, to] = suggestion.fix.range
      if (!(from >= 0 && from <= to && to <= text.length)) fail('suggestion outside the text', suggestion)
    }
  }
}

/** The lines endings a text uses. */
const endingsOf = (text: string) => new Set(text.match(/\r\n|\r|\n/g) ?? [])

/** Fixes only insert, inside the text, never in each other's ranges, in the file's own line ending. */
function checkFixes(text: string, messages: LintMessage[]): void {
  const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : [])).sort((a, b) => a.range[0] - b.range[0])
  const endings = endingsOf(text)
  let previousEnd = 0
  for (const fix of fixes) {
    const [start, end] = fix.range
    if (start !== end) fail('a fix removes or replaces the draft\'s own text', fix)
    if (start < 0 || end > text.length) fail('a fix outside the text', fix)
    if (start < previousEnd) fail('fixes overlap', fixes)
    previousEnd = end
    // A file with one line ending style keeps it; a file with none or several accepts any.
    if (endings.size === 1 && [...endingsOf(fix.text)].some((ending) => !endings.has(ending))) fail('a fix uses another line ending than the file', {fix, endings: [...endings]})
    if (fix.text.includes('\uFEFF')) fail('a fix inserts a byte order mark', fix)
  }
}

/** Applying all fixes keeps every character of the draft in order, keeps its BOM and final newline, and is idempotent. */
function checkFixedText(text: string, filePath: string): void {
  const once = lint(text, {filePath, date, fix: true}).output ?? text
  if (!isSubsequence(text, once)) fail('the fixed text lost some of the draft', {text, once})
  if (text.startsWith('\uFEFF') !== once.startsWith('\uFEFF')) fail('the byte order mark was not kept')
  if (/[\r\n]$/.test(text) && !/[\r\n]$/.test(once)) fail('the final newline was lost')
  const twice = lint(once, {filePath, date, fix: true}).output ?? once
  if (twice !== once) fail('fixing twice differs from fixing once', {once, twice})
}

/** Whether `whole` is `part` with characters inserted (and none removed or changed). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0
  for (let index = 0; index < whole.length && at < part.length; index++) {
    if (whole.charCodeAt(index) === part.charCodeAt(at)) at++
  }
  return at === part.length
}

/** Time to lint one character of an ordinary draft, measured on this machine now. */
export function calibrate(sample: string): number {
  lint(sample, {date})
  const started = performance.now()
  lint(sample, {date, fix: true})
  return (performance.now() - started) / sample.length
}

/**
 * Lint within a budget linear in the input's size. The budget is generous (a fixed floor plus
 * `factor` times the calibrated cost per character) because it must catch runaway work
 * (quadratic blow-ups, catastrophic backtracking), not measure speed.
 */
export function checkWork(text: string, filePath: string, msPerChar: number, factor = 20, floorMs = 3000): void {
  const started = performance.now()
  lint(text, {filePath, date, fix: true})
  const spent = performance.now() - started
  const budget = floorMs + factor * msPerChar * text.length
  if (spent > budget) fail(`linting ${text.length} characters took ${Math.round(spent)} ms, over the budget of ${Math.round(budget)} ms`)
}
