import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it, onTestFinished} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

function sh(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, ...env}})
  return {code: result.status, output: `${result.stdout}${result.stderr}`, error: result.error}
}

const rude = `Subject: Interview for the [Job Title] position – declining

Dear [Hiring Manager],

Thank you for the invitation to interview at [Company]. I have decided to decline, because the
salary you offer is insulting.

I am sorry for any inconvenience, and I hope we can keep in touch.

Regards,
[Your Name]
`

/**
 * The real pre-commit (`.ci/run` installs it) installs the hook from this repository's last
 * commit, the way a template repository's `.pre-commit-config.yaml` names it, with npm from the
 * registry; then a good commit passes and a rude template is refused.
 */
it('the pre-commit hook passes a good commit and refuses a rude template', {timeout: 600_000}, () => {
  expect(sh('pre-commit', ['--version'], root).error, 'pre-commit is not installed (.ci/run installs it)').toBeUndefined()
  const rev = sh('git', ['rev-parse', 'HEAD'], root).output.trim()
  const work = mkdtempSync(join(tmpdir(), 'decline-lint-pre-commit-'))
  // The hook's environment holds a whole node_modules: not left behind, however slow the disk.
  onTestFinished(() => rmSync(work, {recursive: true, force: true}), 120_000)
  const repo = join(work, 'templates')
  cpSync(join(root, 'examples/template-repo'), repo, {recursive: true})
  writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${root}\n    rev: ${rev}\n    hooks:\n      - id: decline-lint\n`)
  const env = {
    PRE_COMMIT_HOME: join(work, 'cache'),
    GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com'
  }
  const git = (...args: string[]) => sh('git', args, repo, env)
  expect(git('init', '-q').code).toBe(0)
  const install = sh('pre-commit', ['install', '--install-hooks'], repo, env)
  expect(install.code, install.output).toBe(0)

  expect(git('add', '-A').code).toBe(0)
  const good = git('commit', '-m', 'Our templates')
  expect(good.output).toMatch(/decline-lint\.+Passed/)
  expect(good.code, good.output).toBe(0)

  writeFileSync(join(repo, 'templates/blunt.txt'), rude)
  git('add', '-A')
  const bad = git('commit', '-m', 'A blunt template')
  expect(bad.code).not.toBe(0)
  expect(bad.output).toMatch(/decline-lint\.+Failed/)
  expect(bad.output).toContain('Negative remark about the pay')
  expect(git('rev-list', '--count', 'HEAD').output.trim()).toBe('1')
})
