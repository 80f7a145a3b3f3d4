import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {maxAutoThreads, minFilesForWorkers, parseConcurrency, threadsFor} from '../../src/cli/concurrency.js'
import {runCli, snapshot, tempTree} from '../helpers/cli.js'

const corpus = new URL('../../fixtures/corpus/', import.meta.url).pathname
/**
 * About 120 real drafts spread evenly over the corpus: plain text, Markdown and email. A fixed
 * number, so the test does not grow with the corpus (every fifteenth draft had reached 400, near
 * the 30-second timeout; 200 took 37 s beside the corpus tests, with worker threads on 2 cores).
 */
const all = readdirSync(corpus).filter((name) => name !== 'manifest.json').sort()
const step = Math.ceil(all.length / 120)
const drafts = all.filter((_, index) => index % step === 0)

/**
 * The drafts spread over three folders, one with its own config and one with a broken config,
 * and two files that cannot be read as drafts among them.
 */
function manyDrafts(): string {
  const files: Record<string, string | Buffer> = {
    'relaxed/.declinelintrc.json': JSON.stringify({rules: {gratitude: 'off', apology: 'error'}}),
    'broken/.declinelintrc.json': '{"rules": ',
    'k-binary.txt': Buffer.from([0x44, 0x65, 0, 0x61]),
    'k-latin1.txt': Buffer.from('Dear Ren\xe9,\n\nI decline.\n', 'latin1')
  }
  drafts.forEach((name, index) => {
    const folder = index % 7 === 3 ? 'broken/' : index % 3 === 1 ? 'relaxed/' : ''
    files[folder + name] = readFileSync(join(corpus, name))
  })
  return tempTree(files)
}

/** Each test that lints the sample twice (one thread, then several) may take this long on a busy 2-core machine. */
const lintsTheSample = 90_000

describe('--concurrency: linting files across threads', () => {
  it.each(['json', 'stylish'])('reports exactly what one thread reports, in the same order (%s)', (format) => {
    const dir = manyDrafts()
    const serial = runCli(['-f', format, '--concurrency', 'off', '.'], {cwd: dir})
    const parallel = runCli(['-f', format, '--concurrency', '3', '.'], {cwd: dir})
    expect(parallel).toEqual(serial)
    // The unreadable files and the broken config stop only their own files, each named on stderr.
    expect(serial.code).toBe(2)
    const named = serial.stderr.trim().split('\n').map((line) => line.split(': ')[1])
    expect(named).toEqual(expect.arrayContaining(['k-binary.txt', 'k-latin1.txt', expect.stringMatching(/^broken\//)]))
    if (format === 'json') {
      const results = JSON.parse(serial.stdout) as Array<{filePath: string; messages: Array<{ruleId: string}>}>
      expect(results).toHaveLength(drafts.length + 2)
      const relaxed = results.filter((result) => result.filePath.includes('relaxed'))
      expect(relaxed.length).toBeGreaterThan(0)
      expect(relaxed.flatMap((result) => result.messages.map((m) => m.ruleId))).not.toContain('gratitude')
    }
  }, lintsTheSample)

  it('writes the same fixes as one thread does', () => {
    const [one, several] = [manyDrafts(), manyDrafts()]
    const before = snapshot(one)
    const serial = runCli(['--fix', '-f', 'json', '--concurrency', 'off', '.'], {cwd: one})
    const parallel = runCli(['--fix', '-f', 'json', '--concurrency', '4', '.'], {cwd: several})
    // The broken config's message names its folder, which differs between the two trees.
    expect(JSON.stringify(parallel).replaceAll(several, '<dir>')).toBe(JSON.stringify(serial).replaceAll(one, '<dir>'))
    expect(snapshot(several)).toEqual(snapshot(one))
    expect(snapshot(one)).not.toEqual(before)
  }, lintsTheSample)

  it('places the run-level findings of template mode (one spelling across templates) as one thread does', () => {
    const template = readFileSync(new URL('../../fixtures/placeholders/fail/template-inconsistent.txt', import.meta.url), 'utf8')
    const files = Object.fromEntries(
      Array.from({length: 6}, (_, index) => [`t${index}.txt`, index < 4 ? template : template.replace(/\[Company\]/g, '[Company Name]')])
    )
    const dir = tempTree(files)
    const serial = runCli(['--mode', 'template', '-f', 'json', '--concurrency', 'off', '.'], {cwd: dir})
    const parallel = runCli(['--mode', 'template', '-f', 'json', '--concurrency', '3', '.'], {cwd: dir})
    expect(parallel).toEqual(serial)
    expect(serial.stdout).toContain('spell it one way across the repository')
  })

  it.each(['0', 'two', '1.5', ''])('refuses --concurrency "%s" with the values it takes', (value) => {
    const dir = tempTree({'a.txt': 'Dear Sam,\n\nI decline the offer.\n\nBest,\nJo\n'})
    const run = runCli(['--concurrency', value, 'a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`decline-lint: --concurrency must be a whole number of threads, auto or off, not "${value}"\n`)
  })
})

describe('threadsFor', () => {
  it('stays on one thread for few files, on one core, and with off', () => {
    expect(threadsFor('auto', minFilesForWorkers - 1, 8)).toBe(1)
    expect(threadsFor('auto', 1000, 1)).toBe(1)
    expect(threadsFor(parseConcurrency('off')!, 1000, 8)).toBe(1)
  })

  it('uses the cores up to its cap for many files, and never more threads than files', () => {
    expect(threadsFor('auto', minFilesForWorkers, 2)).toBe(2)
    expect(threadsFor('auto', 1000, 64)).toBe(maxAutoThreads)
    expect(threadsFor(parseConcurrency('6')!, 4, 2)).toBe(4)
  })
})
