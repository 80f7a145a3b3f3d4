import {describe, expect, it} from 'vitest'
import {applyEdits} from '../src/engine/fix.js'
import {lint} from '../src/engine/lint.js'
import {rules} from '../rules/index.js'
import {ruleFixtures} from './helpers/fixtures.js'
import {onlyRule} from './helpers/rule-tester.js'

describe('applyEdits', () => {
  it('applies edits in text order, keeps insertions at one point in the order given, skips overlaps', () => {
    const edits = [
      {range: [5, 5] as [number, number], text: ' one'},
      {range: [0, 1] as [number, number], text: 'J'},
      {range: [5, 5] as [number, number], text: ' two'},
      {range: [0, 3] as [number, number], text: 'XXX'}
    ]
    expect(applyEdits('hello world', edits)).toEqual({output: 'Jello one two world', applied: 3})
  })
})

// For every fixable rule, on each of its failing fixtures: applying one message's fix on its own
// makes that message go away, and --fix with every rule on gives the same text when run twice.
for (const rule of rules.filter((candidate) => candidate.fix === 'safe')) {
  describe(`fixes of ${rule.id}`, () => {
    for (const item of ruleFixtures(rule.id).fail) {
      it(item.name, () => {
        const options = {rules: onlyRule(rule.id), filePath: item.filePath, mode: item.mode, date: item.date}
        const before = lint(item.text, options).messages
        for (const message of before.filter((candidate) => candidate.fix)) {
          const after = lint(applyEdits(item.text, [message.fix!]).output, options).messages
          expect(after.filter((candidate) => candidate.reason === message.reason)).toHaveLength(
            before.filter((candidate) => candidate.reason === message.reason).length - 1
          )
        }
        const all = {filePath: item.filePath, mode: item.mode, date: item.date, fix: true}
        const once = lint(item.text, all).output ?? item.text
        expect(lint(once, all).output ?? once).toBe(once)
      })
    }
  })
}

it('--fix with every rule on puts each missing piece in its place, in a sensible order', () => {
  const text = 'I have decided to decline the interview for the Data Analyst position at Acme.\n'
  expect(lint(text, {fix: true}).output).toBe(
    'Dear Hiring Manager,\n\n' +
      'Thank you for inviting me to interview for the Data Analyst position at Acme. ' +
      'I have decided to decline the interview for the Data Analyst position at Acme. ' +
      'I apologise for any inconvenience this may cause. ' +
      'I hope we can keep in touch for future opportunities at Acme that may align with my career goals.\n'
  )
})
