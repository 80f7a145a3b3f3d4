import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {lintAcrossFiles} from '../src/engine/across.js'
import {lint} from '../src/engine/lint.js'
import {onlyRule} from './helpers/rule-tester.js'
import {runCli} from './helpers/cli.js'

const example = (name: string) => fileURLToPath(new URL(`../examples/${name}/`, import.meta.url))

describe('examples/template-repo', () => {
  it('passes: every template is polite, complete and uses the allowed placeholders', () => {
    const run = runCli(['.', '-f', 'unix'], {cwd: example('template-repo')})
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', ''])
  })

  it('its broken variant fails, with a rude template and a placeholder spelled apart from the others', () => {
    const run = runCli(['.', '-f', 'unix'], {cwd: example('template-repo-broken')})
    expect(run.code).toBe(1)
    expect(run.stdout).toBe(
      'templates/blunt-decline.txt:6:1: error Negative remark about the pay and the interviewer: "salary you offer is insulting" ("insulting") [negative-remarks]\n' +
        'templates/offer-decline.txt:5:33: error "[Company Name]" is spelled "[Company]" in 2 other templates; spell it one way across the repository [placeholders]\n'
    )
  })
})

describe('placeholders across files', () => {
  const template = (company: string) => `Dear [Hiring Manager],\n\nThank you for the offer from ${company}. I have decided to decline it.\n\nBest regards,\n[Your Name]\n`
  const lintAll = (texts: Record<string, string>, mode: 'template' | 'draft' = 'template') =>
    lintAcrossFiles(Object.entries(texts).map(([filePath, text]) => lint(text, {filePath, mode, rules: onlyRule('placeholders')})))

  it('reports each use of a minority spelling, in its own file, with the majority as the suggestion', () => {
    const results = lintAll({'a.txt': template('[Company]'), 'b.txt': template('[company]'), 'c.txt': template('[Company]')})
    expect(results.map((result) => result.messages.map((m) => [m.line, m.column, m.reason, m.suggestions?.[0].fix.text]))).toEqual([
      [],
      [[3, 30, '"[company]" is spelled "[Company]" in 2 other templates; spell it one way across the repository', '[Company]']],
      []
    ])
  })

  it('a tie goes to the earlier file; other syntaxes and draft mode are left alone', () => {
    const tie = lintAll({'a.txt': template('[Company Name]'), 'b.txt': template('[Company]')})
    expect(tie.map((result) => result.messages.length)).toEqual([0, 1])
    const syntaxes = lintAll({'a.txt': template('{{company}}'), 'b.txt': template('[Company]')}).flatMap((r) => r.messages)
    expect(syntaxes.filter((m) => m.reason.includes('across the repository'))).toEqual([])
    // In a draft an unfilled placeholder is an error of its own, not a spelling question.
    const drafts = lintAll({'a.txt': template('[Company Name]'), 'b.txt': template('[Company]')}, 'draft')
    expect(drafts.flatMap((r) => r.messages).every((m) => m.reason.startsWith('Unfilled placeholder'))).toBe(true)
  })
})
