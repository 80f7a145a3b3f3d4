/**
 * The long fuzz run (`npm run fuzz`): the properties of test/fuzz/ over many thousands of
 * generated drafts. Prints how many cases each property ran, and the seed and shrunk
 * counterexample of any failure. `npm run fuzz -- <drafts> <seed>` sets the count and the seed.
 */
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {run} from '../src/cli/run.js'
import {checkCli} from '../test/fuzz/cli-check.js'
import {longDraftText, namedDraft} from '../test/fuzz/drafts.js'
import {calibrate, checkDraft, checkWork} from '../test/fuzz/properties.js'

const drafts = Number(process.argv[2] ?? 1500)
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31)
const sample = readFileSync(new URL('../../examples/draft.txt', import.meta.url), 'utf8')

/** What fast-check reports about one property's run. */
interface Outcome {
  failed: boolean
  numRuns: number
  seed: number
  counterexamplePath: string | null
  counterexample: unknown
  errorInstance: unknown
}

async function main(): Promise<number> {
  console.log(`seed ${seed}`)
  const msPerChar = calibrate(sample.repeat(5))
  const bytes = fc.oneof(namedDraft.map(({text}) => new TextEncoder().encode(text)), fc.uint8Array({maxLength: 2000}))
  const paths = fc.constantFrom('draft.txt', 'draft.md', 'draft.eml')
  const checks: Array<[string, () => Promise<Outcome> | Outcome]> = [
    ['drafts: no throw, positions, fixes insert only, idempotent', () =>
      fc.check(fc.property(namedDraft, ({text, filePath}) => { checkDraft(text, filePath) }), {numRuns: drafts, seed})],
    ['long drafts (1,000 to 3,000 lines): work linear in size', () =>
      fc.check(fc.property(longDraftText(1000, 3000), paths, (text, path) => checkWork(text, path, msPerChar)), {numRuns: Math.max(3, Math.round(drafts / 500)), seed})],
    ['CLI on any bytes: 3 formats x (fix, no fix), json parses', () =>
      fc.check(fc.asyncProperty(bytes, paths, (input, path) => checkCli(run, input, path)), {numRuns: Math.max(10, Math.round(drafts / 10)), seed})]
  ]
  let failed = 0
  for (const [name, check] of checks) {
    const started = Date.now()
    const details = await check()
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    console.log(`${details.failed ? 'FAIL' : 'ok  '} ${name}: ${details.numRuns} cases in ${seconds} s`)
    if (details.failed) {
      failed++
      console.log(`  seed ${details.seed}, path ${details.counterexamplePath}`)
      console.log(`  counterexample ${JSON.stringify(details.counterexample)}`)
      console.log(`  ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`)
    }
  }
  return failed === 0 ? 0 : 1
}

process.exitCode = await main()
