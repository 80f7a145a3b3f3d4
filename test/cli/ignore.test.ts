import {describe, expect, it} from 'vitest'
import {onlyRule} from '../helpers/rule-tester.js'
import {runCli, tempTree} from '../helpers/cli.js'

const noThanks = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'
const config = JSON.stringify({root: true, rules: onlyRule('gratitude')})
const files = (run: {stdout: string}) => run.stdout.split('\n').filter(Boolean).map((line) => line.split(':')[0]).sort()

describe('ignoring files', () => {
  const tree = {
    '.declinelintrc.json': config,
    'README.md': noThanks,
    'templates/a.txt': noThanks,
    'templates/drafts/b.txt': noThanks,
    'templates/vendor/c.md': noThanks,
    'templates/vendor/keep.md': noThanks
  }

  it('reads .declinelintignore in gitignore syntax, negations included', () => {
    const dir = tempTree({...tree, '.declinelintignore': '# not drafts\nREADME.md\ndrafts/\ntemplates/vendor/*\n!templates/vendor/keep.md\n'})
    expect(files(runCli(['.', '-f', 'unix'], {cwd: dir}))).toEqual(['templates/a.txt', 'templates/vendor/keep.md'])
  })

  it('skips ignored files even when named, as a pre-commit hook names them; all ignored is exit 0', () => {
    const dir = tempTree({...tree, '.declinelintignore': 'README.md\n'})
    const run = runCli(['README.md', 'templates/a.txt', '-f', 'unix'], {cwd: dir})
    expect(files(run)).toEqual(['templates/a.txt'])
    const none = runCli(['README.md', '-f', 'unix'], {cwd: dir})
    expect([none.code, none.stdout, none.stderr]).toEqual([0, '', ''])
  })

  it('--ignore-path reads another file, relative to its own folder', () => {
    const dir = tempTree({...tree, '.declinelintignore': 'templates/\n', 'ci/skip.ignore': '../README.md\n/../templates/drafts\n*.md\n'})
    const run = runCli(['.', '-f', 'unix', '--ignore-path', 'ci/skip.ignore'], {cwd: dir})
    // Patterns do not reach above their file's folder: only "*.md" below ci/ could match there.
    expect(files(run)).toEqual(['README.md', 'templates/a.txt', 'templates/drafts/b.txt', 'templates/vendor/c.md', 'templates/vendor/keep.md'])
    const missing = runCli(['.', '--ignore-path', 'nope.txt'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('decline-lint: nope.txt: cannot read the ignore file: no such file or folder\n')
  })

  it('--ignore-pattern adds patterns, repeatable, on top of the ignore file', () => {
    const dir = tempTree({...tree, '.declinelintignore': 'README.md\n'})
    const run = runCli(['.', '-f', 'unix', '--ignore-pattern', '**/drafts/**', '--ignore-pattern', '*.md'], {cwd: dir})
    expect(files(run)).toEqual(['templates/a.txt'])
  })
})
