import {TextDocument} from 'vscode-languageserver-textdocument'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/engine/lint.js'
import {disableComment} from '../../src/lsp/disable-comment.js'

const body = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'

function disable(text: string, ruleId: string): string {
  const doc = TextDocument.create('file:///draft.md', 'markdown', 1, text)
  return TextDocument.applyEdits(doc, [disableComment(doc, ruleId)])
}

describe('"disable <rule> in this file" for Markdown', () => {
  const cases: Array<[string, string, string]> = [
    ['at the top', body, `<!-- decline-lint-disable gratitude -->\n${body}`],
    ['after the front matter, which must stay first', `---\nrole: Analyst\n---\n${body}`, `---\nrole: Analyst\n---\n<!-- decline-lint-disable gratitude -->\n${body}`],
    ['joining a disable comment already there', `<!-- decline-lint-disable apology -->\n${body}`, `<!-- decline-lint-disable apology gratitude -->\n${body}`],
    ['with the draft\'s CRLF line ends', body.replace(/\n/g, '\r\n'), `<!-- decline-lint-disable gratitude -->\r\n${body.replace(/\n/g, '\r\n')}`]
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const disabled = disable(text, 'gratitude')
      expect(disabled).toBe(expected)
      const ruleIds = (draft: string) => lint(draft, {filePath: 'draft.md'}).messages.map((message) => message.ruleId)
      expect(ruleIds(text)).toContain('gratitude')
      expect(ruleIds(disabled)).not.toContain('gratitude')
    })
  }
})
