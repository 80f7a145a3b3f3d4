import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {readManifest} from '../scripts/eval-manifest.js'
import {evaluate, scores, type Outcome} from '../scripts/eval-metrics.js'
import {fixturesRoot} from './helpers/fixtures.js'

// The corpus is checked for soundness only; its scores are reported by `npm run eval`, not asserted.
describe('fixtures/corpus manifest', () => {
  const {drafts, problems} = readManifest(join(fixturesRoot, 'corpus'), rules.map((rule) => rule.id))

  it('lists every draft in the folder once, with known rule ids, splits and options', () => {
    expect(problems).toEqual([])
  })

  // Each measured round of held-back drafts moves to development once its misses are read, so
  // the held-back part is a count of fresh drafts, not a share of the corpus.
  it('is big enough to mean something: 250 drafts, 60 clean, 50 traps, 200 held back', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(250)
    expect(drafts.filter((draft) => draft.expect.length === 0 && draft.file.startsWith('clean-')).length).toBeGreaterThanOrEqual(60)
    expect(drafts.filter((draft) => draft.file.startsWith('trap-')).length).toBeGreaterThanOrEqual(50)
    expect(drafts.filter((draft) => draft.split === 'heldout').length).toBeGreaterThanOrEqual(200)
  })

  it('has several one-defect drafts for every rule', () => {
    for (const {id} of rules) {
      const single = drafts.filter((draft) => draft.file.startsWith(`${id}-`) && draft.expect.length === 1 && draft.expect[0] === id)
      expect(single.length, id).toBeGreaterThanOrEqual(5)
    }
  })

  it('has drafts expected to trigger every rule', () => {
    const expected = new Set(drafts.flatMap((draft) => draft.expect))
    expect(rules.map((rule) => rule.id).filter((id) => !expected.has(id))).toEqual([])
  })
})

describe('corpus manifest checker', () => {
  it('names each problem: missing file, unlisted file, unknown rule id, bad split and option', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'))
    writeFileSync(join(dir, 'a.txt'), 'Dear Jo,')
    writeFileSync(join(dir, 'stray.txt'), 'Dear Jo,')
    const drafts = [
      {file: 'a.txt', split: 'dev', expect: ['signoff'], note: 'n', options: {date: 'soon'}},
      {file: 'gone.txt', split: 'test', expect: [], note: 'n'}
    ]
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({drafts}))
    const {problems} = readManifest(dir, ['sign-off'])
    expect(problems.map((problem) => problem.slice(dir.length + 1))).toEqual([
      'manifest.json: drafts[0] (a.txt): unknown rule id "signoff" in expect',
      'manifest.json: drafts[0] (a.txt): "date" must be an ISO date',
      'manifest.json: drafts[1] (gone.txt): file not found',
      'manifest.json: drafts[1] (gone.txt): "split" must be one of dev, heldout',
      'manifest.json: stray.txt is in the folder but not in the manifest'
    ])
  })
})

describe('corpus metrics', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(scores({tp: 3, fp: 1, fn: 2})).toEqual({tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 6 / 9})
    expect(scores({tp: 0, fp: 0, fn: 0})).toEqual({tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null})
    expect(scores({tp: 0, fp: 0, fn: 2})).toMatchObject({precision: null, recall: 0, f1: 0})
  })

  it('scores per rule, micro-averages, counts silent clean drafts and lists misses', () => {
    const outcome = (file: string, expected: string[], fired: string[]): Outcome => ({
      file, note: `note of ${file}`, expect: expected, fired: new Map(fired.map((id) => [id, `1:1 ${id} fired`])), fatal: []
    })
    const report = evaluate(
      [outcome('a.txt', ['apology'], ['apology']), outcome('b.txt', ['apology', 'greeting'], ['greeting']), outcome('c.txt', [], ['apology']), outcome('d.txt', [], [])],
      ['apology', 'greeting']
    )
    expect(report.perRule.apology).toMatchObject({tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5})
    expect(report.perRule.greeting).toMatchObject({tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1})
    expect(report.micro).toMatchObject({tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3})
    expect(report.clean).toEqual({total: 2, silent: 1})
    expect(report.misses).toEqual([
      {kind: 'FN', file: 'b.txt', rule: 'apology', detail: 'note of b.txt'},
      {kind: 'FP', file: 'c.txt', rule: 'apology', detail: '1:1 apology fired'}
    ])
  })
})
