import {describe, expect, it} from 'vitest'
import {onlyRule} from '../helpers/rule-tester.js'
import {runCli, tempTree} from '../helpers/cli.js'

const draft = 'Dear Ms. Patel,\n\nThank you for the invitation. I have decided to decline the interview. I apologise for any inconvenience.\n\nBest regards,\nJordan Lee\n'
const onlyPromptness = JSON.stringify({root: true, rules: onlyRule('promptness')})

describe('--received and --interview feed promptness', () => {
  it('reports a late reply from --received, relative to --date', () => {
    const dir = tempTree({'.declinelintrc.json': onlyPromptness, 'late.txt': draft})
    const late = runCli(['late.txt', '--date', '2026-05-25', '--received', '2026-05-01', '-f', 'unix'], {cwd: dir})
    expect(late.stdout).toContain('The reply is late (the invitation is 24 days old)')
    expect(runCli(['late.txt', '--date', '2026-05-03', '--received', '2026-05-01', '-f', 'unix'], {cwd: dir}).stdout).toBe('')
  })

  it('reports an interview within a day from --interview', () => {
    const dir = tempTree({'.declinelintrc.json': onlyPromptness, 'soon.txt': draft})
    const soon = runCli(['soon.txt', '--date', '2026-05-04', '--interview', '2026-05-04T14:00', '-f', 'unix'], {cwd: dir})
    expect(soon.stdout).toMatch(/The interview is close \(2026-05-04T14:00, \d+ hours away\)/)
    expect(runCli(['soon.txt', '--date', '2026-05-04', '--interview', '2026-05-20', '-f', 'unix'], {cwd: dir}).stdout).toBe('')
  })

  it('rejects a date it cannot read, naming the option', () => {
    const dir = tempTree({'a.txt': draft})
    const run = runCli(['a.txt', '--received', 'last week'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--received "last week" is not a date')
  })
})
