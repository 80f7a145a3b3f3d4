import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'

// The guidance's own template is the standard every rule is held to.
const guidance = readFileSync(new URL('../../shared/seed/decline-guidance.txt', import.meta.url), 'utf8')
const template = /Dear \[Hiring Manager\],[\s\S]*?\[Your Name\]\n/.exec(guidance)![0]
const summary = (text: string, mode: 'draft' | 'template') =>
  lint(text, {mode}).messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)

it('the template from the guidance passes with no messages in template mode', () => {
  expect(summary(template, 'template')).toEqual([])
})

it('the same template, filled in, passes with no messages in draft mode', () => {
  const filled = template
    .replace('[Hiring Manager]', 'Ms. Patel')
    .replace('[Job Title]', 'Data Analyst')
    .replace('[Company]', 'Northwind Traders')
    .replace('[Your Name]', 'Jordan Lee')
  expect(summary(filled, 'draft')).toEqual([])
})

it('left unfilled in draft mode, the placeholders are errors', () => {
  const messages = lint(template, {mode: 'draft'}).messages.filter((message) => message.ruleId === 'placeholders')
  expect(messages.length).toBeGreaterThanOrEqual(4)
  expect(messages.every((message) => message.severity === 2)).toBe(true)
})
