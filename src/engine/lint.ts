import {location} from 'vfile-location'
import {buildDocument} from '../document/build.js'
import {InputError, readDraft, type Draft} from '../input/index.js'
import type {Finding, LintMessage} from '../types.js'
import {applyEdits} from './fix.js'
import type {LintOptions} from './options.js'
import {activeRules, type ActiveRule} from './settings.js'

/** What `lint()` returns for one text. */
export interface LintResult {
  filePath: string
  messages: LintMessage[]
  /** The fixed text, when `fix` was asked for and something changed. */
  output?: string
  /** What run-level checks collected from this file, for `lintAcrossFiles`. */
  collected?: Collected[]
}

/** One rule's collection from one file, with what is needed to place its findings there. */
export interface Collected {
  active: ActiveRule
  data: unknown
  place(finding: Finding): LintMessage | undefined
}

/** ESLint's limit: fixes can make new findings, so fixing repeats, but not forever. */
const maxFixPasses = 10

/**
 * Lint one draft. Pure: no file system, no process state. Problems with the text itself
 * (unreadable front matter, a rule that failed) come back as fatal messages, never as throws;
 * options naming unknown rules or severities throw a ConfigError.
 */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const active = activeRules(options.rules, 'options')
  const filePath = options.filePath ?? '<text>'
  let result = lintOnce(text, filePath, active, options)
  if (!options.fix) return result
  let current = text
  // Fixes that did not take: applied, their rule asked for the same text again (it landed where
  // the reader does not look, such as an email's headers or a quote). They are left out of this
  // text's pass and the others applied, so the draft does not grow on every pass and fixing the
  // result again changes nothing.
  const refused = new Set<string>()
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const fixes = result.messages.filter((message) => message.fix && !refused.has(placedKey(message)))
    if (fixes.length === 0) break
    const {output, applied} = applyEdits(current, fixes.map((message) => message.fix!))
    if (applied === 0 || output === current) break
    const next = lintOnce(output, filePath, active, options)
    const again = new Set(next.messages.filter((message) => message.fix).map(textKey))
    const stuck = fixes.filter((message) => again.has(textKey(message)))
    if (stuck.length > 0) {
      for (const message of stuck) refused.add(placedKey(message))
      continue
    }
    current = output
    result = next
  }
  return current === text ? result : {...result, output: current}
}

const textKey = (message: LintMessage) => `${message.ruleId}\u0000${message.fix!.text}`
const placedKey = (message: LintMessage) => `${textKey(message)}\u0000${message.fix!.range.join()}`

function lintOnce(text: string, filePath: string, rulesToRun: ActiveRule[], options: LintOptions): LintResult {
  let draft: Draft
  try {
    draft = readDraft(text, options.filePath, options.mimeBody)
  } catch (error) {
    if (error instanceof InputError) return {filePath, messages: [fatal(error.problem)]}
    throw error
  }
  // Dates given as options are facts about the draft: they stand in for its front matter.
  if (options.received) draft.meta.invited = options.received
  if (options.interview) draft.meta.interview = options.interview
  const doc = buildDocument(draft)
  const toPoint = location(text).toPoint
  const context = {
    mode: draft.meta.mode ?? options.mode ?? 'draft',
    now: new Date(options.date ?? draft.meta.date ?? Date.now()),
    allowedPlaceholders: options.placeholders?.allowed
  }
  const place = (finding: Finding, ruleId: string, severity: 1 | 2, url: string): LintMessage | undefined => {
    if (isDisabled(draft, ruleId, finding.start)) return undefined
    if (draft.unmapped?.some((region) => finding.start >= region.start && finding.start <= region.end)) {
      // Decoded text laid over an encoding: an edit at its offsets would corrupt the file.
      delete finding.fix
      delete finding.suggestions
    }
    const start = toPoint(finding.start) ?? {line: 1, column: 1}
    const end = toPoint(finding.end) ?? start
    return {
      ...finding, ruleId, severity, source: 'decline-lint', url,
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column
    }
  }
  const messages: LintMessage[] = (draft.problems ?? []).map(fatal)
  const collected: Collected[] = []
  for (const active of rulesToRun) {
    const {rule, severity, options: ruleOptions} = active
    let findings: Finding[]
    try {
      findings = rule.check(doc, {...context, options: ruleOptions})
      const data = rule.acrossFiles?.collect(doc, {...context, options: ruleOptions})
      if (data !== undefined) collected.push({active, data, place: (finding) => place(finding, rule.id, severity, rule.url)})
    } catch (error) {
      messages.push(fatal(`rule "${rule.id}" failed: ${(error as Error).message}`))
      continue
    }
    for (const finding of findings) {
      const message = place(finding, rule.id, severity, rule.url)
      if (message) messages.push(message)
    }
  }
  // Stable: at one place, messages keep the rules' order, which is also the order fixes apply in.
  messages.sort((a, b) => a.start - b.start || a.end - b.end)
  return collected.length > 0 ? {filePath, messages, collected} : {filePath, messages}
}

function isDisabled(draft: Draft, ruleId: string, offset: number): boolean {
  return draft.disabled.some(
    (region) => offset >= region.start && offset <= region.end && (region.rules.length === 0 || region.rules.includes(ruleId))
  )
}

/** A message about the input, not from a rule: it has no position and always counts as an error. */
export function fatal(reason: string): LintMessage {
  return {
    reason, start: 0, end: 0, ruleId: 'fatal', severity: 2, source: 'decline-lint', url: '',
    line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true
  }
}
