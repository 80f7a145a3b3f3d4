import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, it} from 'vitest'
import {run} from '../../dist/src/cli/run.js'
import {checkCli} from './cli-check.js'
import {longDraftText, namedDraft} from './drafts.js'
import {calibrate, checkDraft, checkWork} from './properties.js'

/**
 * A short run of the properties (a few seconds); `npm run fuzz` runs the same ones for minutes.
 * Seeds vary per run, and a failure prints the seed and the shrunk draft to replay it.
 */

const sample = readFileSync(new URL('../../examples/draft.txt', import.meta.url), 'utf8')

describe('drafts the fuzzer found bugs with, kept as regression cases', () => {
  const found: Array<[string, string, string]> = [
    ['a byte order mark alone: the greeting went in front of it', '\uFEFF', 'draft.txt'],
    ['an empty email: insertions landed in the headers and grew on every pass', '', 'draft.eml'],
    ['a rule and a quoted sign-off: the apology landed in the quote once, in the prose on a second fix', '---\n> Kind regards,', 'draft.md'],
    ['old Mac line endings: inserted lines used LF', 'Hi Sam,\rI cannot make it.\r', 'draft.txt']
  ]
  for (const [name, text, path] of found) it(name, () => { checkDraft(text, path) })
})

describe('generated drafts', () => {
  it('lint() never throws, positions agree, fixes only insert and are idempotent', () => {
    fc.assert(fc.property(namedDraft, ({text, filePath}) => { checkDraft(text, filePath) }), {numRuns: 20})
  })

  it('lints thousands of sentences within a budget linear in their size', () => {
    const msPerChar = calibrate(sample.repeat(5))
    fc.assert(fc.property(longDraftText(200, 400), filePath(), (text, path) => checkWork(text, path, msPerChar)), {numRuns: 1})
  })

  it("the CLI's json report always parses, whatever bytes come in", async () => {
    const bytes = fc.oneof(
      namedDraft.map(({text}) => new TextEncoder().encode(text)),
      fc.uint8Array({maxLength: 300})
    )
    await fc.assert(fc.asyncProperty(bytes, fc.constantFrom('draft.txt', 'draft.md', 'draft.eml'), (input, path) => checkCli(run, input, path)), {numRuns: 8})
  })
})

function filePath() {
  return fc.constantFrom('draft.txt', 'draft.md', 'draft.eml')
}
