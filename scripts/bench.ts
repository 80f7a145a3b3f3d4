/**
 * `npm run bench`: decline-lint against alex (same unified/retext stack) on the same drafts, run
 * alternately in one process after a warm-up, so that ratios compare like with like on whatever
 * machine this runs on. Prints medians, min–max and ratios; it is a report, not a test.
 */
import {readFileSync} from 'node:fs'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {lint} from '../src/engine/lint.js'
import {draft, seeded, writeCorpus} from './bench/corpus.js'
import {describe, quantile, runTimed, type Sample} from './bench/measure.js'

const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const root = new URL('../../', import.meta.url).pathname
const declineLint = join(root, 'dist/src/cli/bin.js')
const alex = join(root, 'node_modules/alex/cli.js')
const work = mkdtempSync(join(tmpdir(), 'decline-lint-bench-'))

const one = writeCorpus(join(work, 'one'), 1, 1)[0]
writeCorpus(join(work, 'thousand'), 1000, 2)

const tools = {
  'decline-lint': (target: string) => runTimed(process.execPath, [declineLint, '--no-config', '-f', 'unix', target], work),
  alex: (target: string) => runTimed(process.execPath, [alex, target], work)
}

/** Run each tool on `target` alternately: one warm-up each, then `rounds` rounds. */
function compare(target: string): Record<keyof typeof tools, Sample[]> {
  const samples = {'decline-lint': [] as Sample[], alex: [] as Sample[]}
  for (const run of Object.values(tools)) run(target)
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(tools)) samples[name as keyof typeof tools].push(run(target))
  }
  return samples
}

function table(title: string, samples: Record<keyof typeof tools, Sample[]>): string {
  const median = (name: keyof typeof tools, key: keyof Sample) => quantile(samples[name].map((sample) => sample[key]), 0.5)
  const rows = (Object.keys(samples) as Array<keyof typeof tools>).map(
    (name) => `| ${name} | ${describe(samples[name].map((s) => s.seconds), 's')} | ${describe(samples[name].map((s) => s.maxRssMiB), 'MiB', 0)} |`
  )
  const time = median('decline-lint', 'seconds') / median('alex', 'seconds')
  const memory = median('decline-lint', 'maxRssMiB') / median('alex', 'maxRssMiB')
  return [
    `### ${title}`,
    '',
    '| tool | wall time, median (min–max) | peak memory, median (min–max) |',
    '| --- | ---: | ---: |',
    ...rows,
    '',
    `decline-lint / alex: time ${time.toFixed(2)}×, memory ${memory.toFixed(2)}×`,
    ''
  ].join('\n')
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
  return `### lint() on a 300-word draft, 200 runs after 20 warm-up runs\n\nmedian ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms\n`
}

try {
  const version = (JSON.parse(readFileSync(join(root, 'node_modules/alex/package.json'), 'utf8')) as {version: string}).version
  console.log(`## decline-lint vs alex ${version}, node ${process.version}, ${rounds} rounds after a warm-up\n`)
  console.log(table('One 120-word draft, cold process', compare(one)))
  console.log(table('1,000 drafts in one call', compare(join(work, 'thousand'))))
  console.log(library())
} finally {
  rmSync(work, {recursive: true, force: true})
}
