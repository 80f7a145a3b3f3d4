import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {ruleFixtures} from './helpers/fixtures.js'
import {lintWith} from './helpers/rule-tester.js'

// Every rule's realistic drafts: those under pass/ give no message from it, those under fail/ at least one.
for (const rule of rules) {
  const {pass, fail} = ruleFixtures(rule.id)
  describe(`fixtures/${rule.id}`, () => {
    for (const item of pass) {
      it(item.name, () => {
        expect(lintWith(rule.id, item).map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([])
      })
    }
    for (const item of fail) {
      it(item.name, () => {
        expect(lintWith(rule.id, item).length).toBeGreaterThan(0)
      })
    }
  })
}
