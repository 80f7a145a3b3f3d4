/**
 * `npm run bench`: decline-lint against alex (same unified/retext stack) on the same drafts, run
 * alternately in one process after a warm-up, so that ratios compare like with like on whatever
 * machine this runs on; then the language server's latency per edit and `lint()` in-process.
 * Prints medians, min–max, percentiles and ratios; it is a report, not a test.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {lint} from '../src/engine/lint.js'
import {draft, seeded, writeCorpus} from './bench/corpus.js'
import {measureEdits} from './bench/lsp.js'
import {describe, quantile, runTimed, type Sample} from './bench/measure.js'

const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number of rounds, 1 or more, not "${process.env.BENCH_ROUNDS}"`)
const root = new URL('../../', import.meta.url).pathname
const declineLint = join(root, 'dist/src/cli/bin.js')
const alex = join(root, 'node_modules/alex/cli.js')
const work = mkdtempSync(join(tmpdir(), 'decline-lint-bench-'))

const one = writeCorpus(join(work, 'one'), 1, 1)[0]
writeCorpus(join(work, 'thousand'), 1000, 2)
const handWritten = copyCorpus(join(work, 'corpus'))

/**
 * The labeled corpus's plain-text and Markdown drafts (the formats alex reads too). The generated
 * drafts are built from a small stock of sentences, which decline-lint's per-sentence caches
 * reuse; these were written one by one and share few sentences, as real drafts do.
 */
function copyCorpus(folder: string): number {
  const from = join(root, 'fixtures/corpus')
  const drafts = readdirSync(from).filter((name) => /\.(?:txt|md)$/.test(name))
  mkdirSync(folder)
  for (const name of drafts) copyFileSync(join(from, name), join(folder, name))
  return drafts.length
}

/** One timed run of a command-line tool on a file or folder. */
type Tool = (target: string) => Sample

const declineLintWith = (...flags: string[]): Tool => (target) =>
  runTimed(process.execPath, [declineLint, '--no-config', '-f', 'unix', ...flags, target], work)
const alexTool: Tool = (target) => runTimed(process.execPath, [alex, target], work)

/** Run each tool on `target` alternately: one warm-up each, then `rounds` rounds. */
function compare(target: string, tools: Record<string, Tool>): Record<string, Sample[]> {
  const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, [] as Sample[]]))
  for (const run of Object.values(tools)) run(target)
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(tools)) samples[name].push(run(target))
  }
  return samples
}

/** The samples as a table, and each tool's medians as ratios to alex's. */
function table(title: string, samples: Record<string, Sample[]>): string {
  const median = (name: string, key: keyof Sample) => quantile(samples[name].map((sample) => sample[key]), 0.5)
  const names = Object.keys(samples)
  const rows = names.map((name) => `| ${name} | ${describe(samples[name].map((s) => s.seconds), 's')} | ${describe(samples[name].map((s) => s.maxRssMiB), 'MiB', 0)} |`)
  const ratios = names
    .filter((name) => name !== 'alex')
    .map((name) => `- ${name} / alex: time ${(median(name, 'seconds') / median('alex', 'seconds')).toFixed(2)}×, memory ${(median(name, 'maxRssMiB') / median('alex', 'maxRssMiB')).toFixed(2)}×`)
  return [`### ${title}`, '', '| tool | wall time, median (min–max) | peak memory, median (min–max) |', '| --- | ---: | ---: |', ...rows, '', ...ratios, ''].join('\n')
}

/** Milliseconds as "median 8.1 ms, p95 12.0 ms, max 20.3 ms". */
function percentiles(millis: number[]): string {
  return `median ${quantile(millis, 0.5).toFixed(1)} ms, p95 ${quantile(millis, 0.95).toFixed(1)} ms, max ${Math.max(...millis).toFixed(1)} ms`
}

/** The language server as an editor drives it: the wait for diagnostics after each edit. */
async function editor(): Promise<string> {
  const folder = join(work, 'editor')
  mkdirSync(folder)
  const {edits, warmUp, millis} = await measureEdits(declineLint, folder, draft(seeded(3), 300), 200, 20)
  return `### Language server: didChange to publishDiagnostics on a 300-word draft, ${edits} edits after ${warmUp} warm-up edits, debounce 0\n\n${percentiles(millis)}\n`
}

/** lint() in this process on a 300-word draft: the cost an editor integration pays per change. */
function library(): string {
  const text = draft(seeded(3), 300)
  for (let index = 0; index < 20; index++) lint(text)
  const times: number[] = []
  for (let index = 0; index < 200; index++) {
    const started = process.hrtime.bigint()
    lint(text)
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return `### lint() on a 300-word draft, 200 runs after 20 warm-up runs\n\n${percentiles(times)}\n`
}

try {
  const version = (JSON.parse(readFileSync(join(root, 'node_modules/alex/package.json'), 'utf8')) as {version: string}).version
  console.log(`## decline-lint vs alex ${version}, node ${process.version}, ${rounds} rounds after a warm-up\n`)
  console.log(table('One 120-word draft, cold process', compare(one, {'decline-lint': declineLintWith(), alex: alexTool})))
  const thousand = {'decline-lint': declineLintWith(), 'decline-lint --concurrency 2': declineLintWith('--concurrency', '2'), alex: alexTool}
  console.log(table('1,000 drafts in one call', compare(join(work, 'thousand'), thousand)))
  console.log(table(`The labeled corpus: ${handWritten} hand-written drafts in one call`, compare(join(work, 'corpus'), thousand)))
  console.log(await editor())
  console.log(library())
} finally {
  rmSync(work, {recursive: true, force: true})
}
