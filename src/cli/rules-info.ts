import {rules} from '../../rules/index.js'
import {rulePage} from '../docs/rule-pages.js'

const severityName = {warn: 'warning', error: 'error'} as const

/** `--list-rules`: one line a rule, aligned. */
export function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length))
  return rules
    .map((rule) => `${rule.id.padEnd(width)}  ${severityName[rule.defaultSeverity].padEnd(7)}  ${rule.fix.padEnd(10)}  ${rule.description}`)
    .join('\n') + '\n'
}

/** `--explain <id>`: the rule's documentation page, or undefined for an unknown id. */
export function explainRule(id: string): string | undefined {
  const rule = rules.find((candidate) => candidate.id === id)
  if (!rule) return undefined
  return rulePage(id) ?? `${rule.id}: ${rule.description}\n${rule.url}\n`
}

/** `--init`: a starter config listing every rule at its default severity. */
export function starterConfig(): string {
  const settings = Object.fromEntries(rules.map((rule) => [rule.id, rule.defaultSeverity]))
  return JSON.stringify({root: true, mode: 'draft', rules: settings, placeholders: {allowed: []}}, null, 2) + '\n'
}
