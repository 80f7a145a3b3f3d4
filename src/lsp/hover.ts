import {MarkupKind, type Hover, type Position} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rules} from '../../rules/index.js'
import {guidancePassages} from '../docs/rule-pages.js'
import type {LintMessage} from '../types.js'
import {rangeOf, touches} from './diagnostics.js'

/**
 * Hover on a finding: what is wrong, why the rule exists (its description and the passage of
 * the guidance it encodes), and a link to its page. Several findings at one place are all shown.
 */
export function hoverAt(doc: TextDocument, messages: LintMessage[], position: Position): Hover | null {
  const offset = doc.offsetAt(position)
  const here = messages.filter((message) => !message.fatal && touches(message, offset, offset))
  if (here.length === 0) return null
  return {
    contents: {kind: MarkupKind.Markdown, value: here.map(explain).join('\n\n---\n\n')},
    range: rangeOf(doc, Math.min(...here.map((m) => m.start)), Math.max(...here.map((m) => m.end)))
  }
}

function explain(message: LintMessage): string {
  const rule = rules.find((candidate) => candidate.id === message.ruleId)
  const lines = [`**${message.reason}** (decline-lint \`${message.ruleId}\`, ${message.severity === 2 ? 'error' : 'warning'})`]
  if (message.note) lines.push(message.note)
  if (rule) lines.push(`The rule: ${rule.description}.`)
  const passages = guidancePassages(message.ruleId)
  if (passages.length) lines.push(`From the guidance:\n\n${passages.map((passage) => `> ${passage}`).join('\n>\n')}`)
  lines.push(`[${message.ruleId} documentation](${message.url})`)
  return lines.join('\n\n')
}
