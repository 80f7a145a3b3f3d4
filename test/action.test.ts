import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {bin, tempTree} from './helpers/cli.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, {default: string}>
  runs: {using: string; steps: Array<{name: string; run: string; env?: Record<string, string>}>}
}
const lintStep = action.runs.steps.find((step) => step.name === 'Run decline-lint')!

/** Run the action's lint step as the runner would: bash, inputs in the environment. */
function runStep(cwd: string, inputs: Record<string, string>) {
  const env: Record<string, string> = {PATH: process.env.PATH ?? '', DECLINE_LINT: bin}
  for (const [name, {default: value}] of Object.entries(action.inputs)) {
    env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? value
  }
  const result = spawnSync('bash', ['-e', '-c', lintStep.run], {cwd, env, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs, passed through the environment', () => {
    expect(action.runs.using).toBe('composite')
    expect(Object.keys(action.inputs)).toEqual(['paths', 'mode', 'max-warnings', 'sarif-file'])
    // No input is pasted into the script, where a crafted value could run commands.
    expect(lintStep.run).not.toContain('${{')
  })

  it('annotates the broken template repository, fails, and writes the SARIF file', () => {
    const cwd = fileURLToPath(new URL('../examples/template-repo-broken/', import.meta.url))
    const sarif = join(tempTree({}), 'out', 'decline-lint.sarif')
    const run = runStep(cwd, {'sarif-file': sarif})
    expect(run.code).toBe(1)
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^::error file=templates\/blunt-decline\.txt,line=6,col=1,.*title=negative-remarks::/),
      expect.stringMatching(/^::error file=templates\/offer-decline\.txt,line=5,col=33,.*title=placeholders::/)
    ])
    expect(existsSync(sarif)).toBe(true)
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(2)
  })

  it('passes the good repository, and honours paths, mode and max-warnings', () => {
    const good = fileURLToPath(new URL('../examples/template-repo/', import.meta.url))
    expect(runStep(good, {}).code).toBe(0)
    const drafts = tempTree({'drafts/draft.txt': 'Dear Sam,\n\nI have decided to decline the interview for [Job Title].\n\nBest regards,\nAlex\n', 'other.txt': 'x'})
    const asTemplate = runStep(drafts, {paths: 'drafts/draft.txt', mode: 'template', 'max-warnings': '0'})
    expect(asTemplate.stdout).not.toContain('placeholders')
    expect(asTemplate.stdout).toContain('::warning file=drafts/draft.txt')
    expect(asTemplate.code).toBe(1)
  })
})
