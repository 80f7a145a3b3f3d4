import {describe, expect, it} from 'vitest'
import {patternsInUse} from './patterns-in-use.js'

/**
 * No pattern may backtrack catastrophically. Every regular expression of decline-lint's own code
 * (src/, rules/) is run over every position of adversarial 100 KB inputs built from its own
 * characters. The bound (2 s an input) is generous for a loaded machine: before the fixes this
 * test led to, a line of 100 KB of spaces took one pattern 15 s, and "{{ " repeated took another
 * 9 s; "{{" before a run of spaces was found later by the property test (cubic: 4,000 spaces took
 * 25 s).
 */

const size = 100 * 1024
const bound = 2000

/** Units that made our own patterns quadratic before (unclosed brackets, runs of spaces), and more like them. */
const common = [' ', 'a', 'a ', '{{ ', '[ ', '< ', '“ ', '\n', '.', '-', '\t', '\r\n', '! ', '? ', 'Dear ', 'thank ']

/** Openings followed by one long run of spaces: "{{" and 4,000 spaces once took the placeholder pattern 25 s. */
const openings = ['{{', '{', '[', '<', '<<', '«', '(', '“']

/** Inputs built to make a pattern backtrack: common units and the pattern's own characters repeated, and its opening with no ending. */
function adversarial(pattern: RegExp): string[] {
  const own = [...new Set(pattern.source.replace(/\\[a-zA-Z]/g, '').replace(/[\\^$()|?*+]/g, ''))].slice(0, 12)
  const units = new Set([...common, ...own.map((char) => `${char} `)])
  const opening = pattern.source.replace(/\\(.)/g, '$1').replace(/[\\^$()|?*+[\]{}]/g, '').slice(0, 4)
  const inputs = [...units].map((unit) => unit.repeat(Math.ceil(size / unit.length)))
  inputs.push(...[opening, ...openings].map((start) => start + ' '.repeat(size)))
  return inputs
}

/** Milliseconds to find every match of `pattern` (global) at every position of `input`. */
function scanTime(pattern: RegExp, input: string): number {
  const started = performance.now()
  for (const _ of input.matchAll(pattern)) { /* every match, every position */ }
  return performance.now() - started
}

/**
 * What is wrong with scanning `input`, if anything. The input is first scanned at a hundredth and a
 * tenth of its length: a pattern whose time grows far faster than its input is reported from
 * those, since at full length a quadratic one would take minutes (one took 166 ms on 10 KB of
 * spaces, 1.3 s on 30 KB), and the suite would hang instead of failing. The slower of the two
 * small scans is taken twice, so that a pause for garbage collection is not read as growth.
 */
function scanProblem(pattern: RegExp, input: string): string | undefined {
  const small = scanTime(pattern, input.slice(0, input.length / 100))
  const tenth = input.slice(0, input.length / 10)
  let medium = scanTime(pattern, tenth)
  if (medium > 20 && medium > 30 * small) medium = Math.min(medium, scanTime(pattern, tenth))
  if (medium > 20 && medium > 30 * small) return `super-linear: ${small.toFixed(1)} ms on 1 KB, ${Math.round(medium)} ms on 10 KB`
  const spent = scanTime(pattern, input)
  return spent > bound ? `${Math.round(spent)} ms` : undefined
}

export async function describeRegexCheck(part: 0 | 1): Promise<void> {
  const {written, built} = await patternsInUse(part)
  // A pattern built from a string may also be written as a literal: each is scanned once.
  const patterns = [...new Map([...written, ...built].map((pattern) => [`/${pattern.source}/${pattern.flags}`, pattern])).values()]
  describe(`no catastrophic backtracking (part ${part + 1} of 2)`, () => {
    it('reads the literals of src/ and rules/ and catches the patterns they build (a sanity check of both)', () => {
      expect(written.length).toBeGreaterThan(150)
      expect(built.length).toBeGreaterThan(50)
    })

    it('every pattern scans each adversarial 100 KB input promptly', () => {
      const slow: string[] = []
      for (const pattern of patterns) {
        const everywhere = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
        for (const input of adversarial(pattern)) {
          // A problem is checked again before it counts: a machine busy with other work can slow one
          // scan, but a pattern that backtracks is slow every time.
          const problem = scanProblem(everywhere, input) && scanProblem(everywhere, input)
          if (problem) slow.push(`/${pattern.source}/${pattern.flags} on ${JSON.stringify(input.slice(0, 12))}...: ${problem}`)
        }
      }
      // The message names each slow pattern: a JSON report shows only the array's length.
      expect(slow, slow.join('\n')).toEqual([])
      // The bound that matters is each input's (above); the whole scan of every pattern takes 14 to
      // 23 s, and over 30 s on a loaded machine, so the suite's default timeout would fail it.
    }, 120_000)
  })
}
