import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {expect} from 'vitest'
import {onlyRule} from './rule-tester.js'
import {runCli, snapshot} from './cli.js'

export const noThanks = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'
export const withThanks = 'Dear Ms. Patel,\n\nThank you for the invitation. I have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'
export const fixedNoThanks = noThanks.replace('I have', 'Thank you for inviting me to interview for the position. I have')
/** A root config with only the gratitude rule on, so the tests do not depend on the other rules. */
export const onlyGratitude = JSON.stringify({root: true, rules: onlyRule('gratitude')})

/**
 * Run --fix on the bad input and a good draft: exit 2, one line on stderr, the good draft still
 * linted and fixed, and every other file byte for byte as it was.
 */
export function expectOneProblem(dir: string, args: string[], problem: RegExp, options: {uid?: number} = {}): void {
  mkdirSync(join(dir, 'good'), {recursive: true})
  writeFileSync(join(dir, 'good/.declinelintrc.json'), onlyGratitude)
  writeFileSync(join(dir, 'good/ok.txt'), noThanks)
  // Run as another user, the tree is theirs, as a checkout is its owner's (so --fix may write).
  if (options.uid !== undefined) spawnSync('chown', ['-R', `${options.uid}:${options.uid}`, dir])
  const before = snapshot(dir)
  const run = runCli(['--fix', '-f', 'json', ...args, 'good/ok.txt'], {cwd: dir, ...options})
  expect(run.code).toBe(2)
  const lines = run.stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(problem)
  const report = JSON.parse(run.stdout)
  expect(report.find((file: {filePath: string}) => file.filePath === 'good/ok.txt').messages).toEqual([])
  expect(readFileSync(join(dir, 'good/ok.txt'), 'utf8')).toBe(fixedNoThanks)
  const after = snapshot(dir)
  after.set('good/ok.txt', before.get('good/ok.txt')!)
  expect(after).toEqual(before)
}

