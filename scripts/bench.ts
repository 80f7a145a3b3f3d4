/**
 * `npm run bench`: decline-lint against alex (same unified/retext stack) on the same drafts, run
 * alternately in one process after a warm-up, so that ratios compare like with like on whatever
 * machine this runs on; then the language server's latency per edit and `lint()` in-process.
 * Prints medians, min–max, percentiles and ratios; it is a report, not a test. BENCH_ROUNDS sets the
 * rounds, BENCH_ONLY the sections, and BENCH_BASELINE another built checkout to measure alternately
 * with this one in the editor and library sections.
 */
import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {lint, type LintResult} from '../src/engine/lint.js'
import {draft, seeded, writeCorpus} from './bench/corpus.js'
import {measureEdits} from './bench/lsp.js'
import {describe, quantile, runTimed, type Sample} from './bench/measure.js'

const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`BENCH_ROUNDS must be a whole number of rounds, 1 or more, not "${process.env.BENCH_ROUNDS}"`)
const sections = ['cold', 'thousand', 'corpus', 'editor', 'library']
const only = new Set((process.env.BENCH_ONLY ?? sections.join(',')).split(','))
const unknown = [...only].filter((section) => !sections.includes(section))
if (unknown.length > 0) throw new Error(`BENCH_ONLY names sections from ${sections.join(', ')}, not "${unknown.join(', ')}"`)
/** Another built checkout of decline-lint, measured alternately with this one in the editor and library sections. */
const baseline = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined
if (baseline && !existsSync(join(baseline, 'dist/src/cli/bin.js'))) throw new Error(`BENCH_BASELINE must be a built checkout (with dist/src/cli/bin.js): ${baseline}`)
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

/**
 * This build and the baseline's, `rounds` times each and alternately, so that both meet the
 * machine in the same state; without a baseline, this build once.
 */
async function alternately<T>(measure: (build: string) => T | Promise<T>): Promise<Record<string, T[]>> {
  const builds = baseline ? {'this build': root, baseline} : {'decline-lint': root}
  const results = Object.fromEntries(Object.keys(builds).map((name) => [name, [] as T[]]))
  for (let round = 0; round < (baseline ? rounds : 1); round++) {
    for (const [name, build] of Object.entries(builds)) results[name].push(await measure(build))
  }
  return results
}

/** Each build's percentiles, and this build's median and p95 as ratios to the baseline's. */
function latencies(title: string, byBuild: Record<string, number[][]>): string {
  const all = Object.fromEntries(Object.entries(byBuild).map(([name, runs]) => [name, runs.flat()]))
  const lines = Object.entries(all).map(([name, millis]) => (baseline ? `- ${name}: ${percentiles(millis)}` : percentiles(millis)))
  if (baseline) {
    const ratio = (q: number) => (quantile(all['this build'], q) / quantile(all.baseline, q)).toFixed(2)
    lines.push('', `- this build / baseline (${baseline}): median ${ratio(0.5)}×, p95 ${ratio(0.95)}×`)
  }
  return `### ${title}\n\n${lines.join('\n')}\n`
}

/** The language server as an editor drives it: the wait for diagnostics after each edit. */
async function editor(): Promise<string> {
  let sessions = 0
  const byBuild = await alternately(async (build) => {
    const folder = join(work, `editor-${sessions++}`)
    mkdirSync(folder)
    return (await measureEdits(join(build, 'dist/src/cli/bin.js'), folder, draft(seeded(3), 300), 200, 20)).millis
  })
  return latencies('Language server: didChange to publishDiagnostics on a 300-word draft, 200 edits after 20 warm-up edits, debounce 0', byBuild)
}

/** lint() in this process on a 300-word draft: the cost an editor integration pays per change. */
async function library(): Promise<string> {
  const text = draft(seeded(3), 300)
  const lints = new Map<string, (text: string) => LintResult>([[root, lint]])
  if (baseline) lints.set(baseline, ((await import(pathToFileURL(join(baseline, 'dist/src/index.js')).href)) as {lint: typeof lint}).lint)
  const byBuild = await alternately((build) => {
    const lintWith = lints.get(build)!
    for (let index = 0; index < 20; index++) lintWith(text)
    const times: number[] = []
    for (let index = 0; index < 200; index++) {
      const started = process.hrtime.bigint()
      lintWith(text)
      times.push(Number(process.hrtime.bigint() - started) / 1e6)
    }
    return times
  })
  return latencies('lint() on a 300-word draft, 200 runs after 20 warm-up runs', byBuild)
}

try {
  const version = (JSON.parse(readFileSync(join(root, 'node_modules/alex/package.json'), 'utf8')) as {version: string}).version
  console.log(`## decline-lint vs alex ${version}, node ${process.version}, ${rounds} rounds after a warm-up\n`)
  if (only.has('cold')) console.log(table('One 120-word draft, cold process', compare(one, {'decline-lint': declineLintWith(), alex: alexTool})))
  const thousand = {'decline-lint': declineLintWith(), 'decline-lint --concurrency 2': declineLintWith('--concurrency', '2'), alex: alexTool}
  if (only.has('thousand')) console.log(table('1,000 drafts in one call', compare(join(work, 'thousand'), thousand)))
  if (only.has('corpus')) console.log(table(`The labeled corpus: ${handWritten} hand-written drafts in one call`, compare(join(work, 'corpus'), thousand)))
  if (only.has('editor')) console.log(await editor())
  if (only.has('library')) console.log(await library())
} finally {
  rmSync(work, {recursive: true, force: true})
}
