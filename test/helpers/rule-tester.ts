import {describe, expect, it} from 'vitest'
import {applyEdits} from '../../src/engine/fix.js'
import {lint} from '../../src/engine/lint.js'
import type {RuleSetting} from '../../src/engine/options.js'
import {rules} from '../../rules/index.js'
import type {LintMessage, Mode} from '../../src/types.js'

/** One draft for a rule test. */
export interface Case {
  name: string
  text: string
  filePath?: string
  mode?: Mode
  /** Send date (ISO). */
  date?: string
  options?: Record<string, unknown>
}

/** What one expected message must be; unset fields are not checked. */
export interface ExpectedMessage {
  reason?: string | RegExp
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** The finding offers no suggestion: no edit is safe. Every other finding must offer one. */
  noSuggestion?: true
  /** The draft after applying the finding's first suggestion. */
  suggested?: string
}

export interface InvalidCase extends Case {
  errors: ExpectedMessage[]
  /** The text after `--fix` with only this rule on; when unset, the rule must offer no fix. */
  output?: string
}

/** Settings that turn every rule off but `id` (with its options). */
export function onlyRule(id: string, options?: Record<string, unknown>): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {}
  for (const rule of rules) settings[rule.id] = 'off'
  settings[id] = options ? ['warn', options] : 'warn'
  return settings
}

/** Lint `text` with only rule `id` on, through the real pipeline. */
export function lintWith(id: string, item: Case): LintMessage[] {
  return lint(item.text, {rules: onlyRule(id, item.options), filePath: item.filePath, mode: item.mode, date: item.date}).messages
}

/**
 * ESLint's RuleTester, for decline-lint: valid drafts must give no message from the rule;
 * invalid ones exactly the listed messages at the listed places, and `output` after --fix.
 */
export function testRule(id: string, tests: {valid: Case[]; invalid: InvalidCase[]}): void {
  describe(id, () => {
    describe('valid', () => {
      for (const item of tests.valid) {
        it(item.name, () => {
          expect(lintWith(id, item).map(summary)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const item of tests.invalid) {
        it(item.name, () => {
          const messages = lintWith(id, item)
          expect(messages.map(summary)).toHaveLength(item.errors.length)
          item.errors.forEach((expected, index) => {
            const message = messages[index]
            expect({line: message.line, column: message.column}).toEqual({line: expected.line, column: expected.column})
            if (expected.endLine !== undefined) expect(message.endLine).toBe(expected.endLine)
            if (expected.endColumn !== undefined) expect(message.endColumn).toBe(expected.endColumn)
            if (typeof expected.reason === 'string') expect(message.reason).toBe(expected.reason)
            else if (expected.reason) expect(message.reason).toMatch(expected.reason)
            if (expected.noSuggestion) expect(message.suggestions ?? []).toEqual([])
            else expect(message.suggestions?.length ?? 0, 'every finding carries a suggestion').toBeGreaterThan(0)
            if (expected.suggested !== undefined) expect(applyEdits(item.text, [message.suggestions![0].fix]).output).toBe(expected.suggested)
          })
          const fixed = lint(item.text, {rules: onlyRule(id, item.options), filePath: item.filePath, mode: item.mode, date: item.date, fix: true})
          expect(fixed.output).toBe(item.output)
        })
      }
    })
  })
}

function summary(message: LintMessage): string {
  return `${message.line}:${message.column} ${message.ruleId} ${message.reason}`
}

/** A short letter around `body`, with a greeting and a sign-off, as most rule tables need. */
export const letter = (body: string): string => `Dear Ms. Patel,\n\n${body}\n\nBest regards,\nJordan Lee\n`
