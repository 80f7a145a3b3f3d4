import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {lintWith} from './helpers/rule-tester.js'

const root = new URL('../', import.meta.url).pathname
const guidance = readFileSync(new URL('../../shared/seed/decline-guidance.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ')
const readme = readFileSync(root + 'README.md', 'utf8')

/** The fenced ```text block under a "## <heading>" of a rule doc. */
function example(doc: string, heading: string): string {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading + '\n'))
  const block = section && /```text\n([\s\S]*?)```/.exec(section)
  if (!block) throw new Error(`no text example under "## ${heading}"`)
  return block[1]
}

// A rule cannot be half-added: module, doc, tests, fixtures and README row all carry its id.
describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const doc = existsSync(`${root}docs/rules/${id}.md`) ? readFileSync(`${root}docs/rules/${id}.md`, 'utf8') : ''

  it('has its module, test, doc and a README row', () => {
    expect(existsSync(`${root}rules/${id}.ts`)).toBe(true)
    expect(existsSync(`${root}test/rules/${id}.test.ts`)).toBe(true)
    expect(doc).not.toBe('')
    const row = readme.split('\n').find((line) => line.startsWith(`| [\`${id}\`](docs/rules/${id}.md) |`))
    const severity = rule.defaultSeverity === 'warn' ? 'warning' : 'error'
    expect(row?.split('|').slice(3, 5).map((cell) => cell.trim())).toEqual([severity, rule.fix])
    expect(rule.description).not.toMatch(/TODO/)
  })

  it('has at least 8 passing and 8 failing fixture drafts', () => {
    const count = (kind: string) => (existsSync(`${root}fixtures/${id}/${kind}`) ? readdirSync(`${root}fixtures/${id}/${kind}`).length : 0)
    expect(count('pass')).toBeGreaterThanOrEqual(8)
    expect(count('fail')).toBeGreaterThanOrEqual(8)
  })

  it('has a doc with the standard headings that quotes the guidance word for word', () => {
    const headings = [...doc.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    expect(headings).toEqual(['What it checks', 'The guidance', 'Incorrect', 'Correct', 'Options', 'When to turn it off'])
    expect(doc.split('\n')[0]).toBe(`# ${id}`)
    const quotes = [...doc.matchAll(/^> (.+)$/gm)].map((match) => match[1].replace(/\s+/g, ' '))
    expect(quotes.length).toBeGreaterThan(0)
    for (const quote of quotes) expect(guidance).toContain(quote)
  })

  it("doc's incorrect example raises exactly one finding of this rule, and its correct example none", () => {
    // A doc may give lint options for its examples: <!-- example-options: {"mode": "template"} -->
    const options = JSON.parse(/<!-- example-options: (\{.*\}) -->/.exec(doc)?.[1] ?? '{}')
    expect(lintWith(id, {name: 'incorrect', text: example(doc, 'Incorrect'), ...options})).toHaveLength(1)
    expect(lintWith(id, {name: 'correct', text: example(doc, 'Correct'), ...options})).toEqual([])
  })
})

it('the README documents every command-line option', async () => {
  const {optionSpecs} = await import('../src/cli/options.js')
  for (const spec of optionSpecs) expect(readme).toContain(`| \`${spec.flags}\` |`)
})
