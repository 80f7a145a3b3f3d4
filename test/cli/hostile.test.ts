import {spawn} from 'node:child_process'
import {chmodSync, existsSync, readFileSync, statSync, symlinkSync, unlinkSync, utimesSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {expectOneProblem, noThanks, onlyGratitude} from '../helpers/bad-input.js'
import {bin, runCli, tempTree} from '../helpers/cli.js'

/** Root reads every file whatever its mode: permission tests run as nobody instead. */
const nobody = process.getuid?.() === 0 ? 65534 : undefined

/** Whether every folder above the built command lets others through, so that nobody can run it. */
function othersCanRun(path: string): boolean {
  for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o005) !== 0o005) return false
  }
  return true
}

const permissionsTestable = nobody === undefined || othersCanRun(bin)
if (!permissionsTestable) console.warn(`skipping the permission tests: running as root, and nobody cannot reach ${bin}`)

describe('hostile file systems', () => {
  it('a symbolic link that loops to itself', () => {
    const dir = tempTree({})
    symlinkSync('loop.txt', join(dir, 'loop.txt'))
    expectOneProblem(dir, ['loop.txt'], /loop\.txt: too many symbolic links \(a loop\?\)/)
  })

  it('a folder whose link loops back to it is walked once; a dangling link in it is reported', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'd/a.txt': noThanks})
    symlinkSync('.', join(dir, 'd/self'))
    symlinkSync('gone.txt', join(dir, 'd/dangling.txt'))
    const run = runCli(['-f', 'unix', 'd'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('decline-lint: d/dangling.txt: no such file or folder\n')
    expect(run.stdout).toBe('d/dangling.txt:1:1: error no such file or folder\nd/a.txt:3:1: warning No thanks for the invitation or offer [gratitude]\n')
  })

  it.skipIf(!permissionsTestable)('an unreadable file (permission denied)', () => {
    const dir = tempTree({'secret.txt': noThanks})
    chmodSync(dir, 0o755)
    chmodSync(join(dir, 'secret.txt'), 0o000)
    expectOneProblem(dir, ['secret.txt'], /secret\.txt: permission denied/, {uid: nobody})
  })

  it.skipIf(!permissionsTestable)('a folder that cannot be opened (permission denied)', () => {
    const dir = tempTree({'locked/a.txt': noThanks})
    chmodSync(dir, 0o755)
    chmodSync(join(dir, 'locked'), 0o000)
    expectOneProblem(dir, ['locked'], /locked: permission denied/, {uid: nobody})
  })

  it('a file that vanishes after the folder was listed and before it was read', async () => {
    const slow = noThanks.replace('interview.', `interview. ${'I enjoyed meeting everyone at the office. '.repeat(60)}`)
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'd/a.txt': slow, 'd/b.txt': noThanks})
    const first = join(dir, 'd/a.txt')
    const {mtime} = statSync(first)
    utimesSync(first, new Date(mtime.getTime() - 3_600_000), mtime)
    const readBefore = statSync(first).atimeMs
    const child = spawn(process.execPath, [bin, '-f', 'unix', 'd'], {cwd: dir})
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    // d/a.txt being read means the folder was listed: d/b.txt is gone before its turn.
    while (statSync(first).atimeMs === readBefore) await new Promise((resolve) => setTimeout(resolve, 2))
    unlinkSync(join(dir, 'd/b.txt'))
    expect(await exited).toBe(2)
    expect(stderr).toBe('decline-lint: d/b.txt: no such file or folder\n')
  })
})

describe('untrusted repositories', () => {
  it('configuration is data: JavaScript in a config is never run', () => {
    const payload = "require('fs').writeFileSync('pwned', 'x')"
    const dir = tempTree({
      '.declinelintrc.js': payload,
      '.declinelintrc.cjs': payload,
      'yaml/.declinelintrc.yaml': `root: true\nrules: !!js/function "function () { ${payload} }"\n`,
      'yaml/a.txt': noThanks,
      'pkg/package.json': JSON.stringify({declineLint: `(() => { ${payload} })()`}),
      'pkg/a.txt': noThanks
    })
    const run = runCli(['-f', 'unix', 'yaml/a.txt', 'pkg/a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/yaml\/\.declinelintrc\.yaml: /)
    expect(run.stderr).toMatch(/pkg\/package\.json: /)
    expect(existsSync(join(dir, 'pwned'))).toBe(false)
    expect(existsSync(join(dir, 'yaml/pwned'))).toBe(false)
  })

  it('--output-file refuses to write over one of its inputs, by any name', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'a.txt': noThanks, 'd/b.txt': noThanks})
    symlinkSync('../a.txt', join(dir, 'd/link-to-a.txt'))
    for (const [args, output] of [[['a.txt'], 'a.txt'], [['d'], './d/b.txt'], [['a.txt'], 'd/link-to-a.txt']]) {
      const run = runCli(['-f', 'json', '-o', output as string, ...(args as string[])], {cwd: dir})
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(/--output-file ".*" is one of the drafts being linted .*; not overwritten/)
    }
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(noThanks)
    expect(readFileSync(join(dir, 'd/b.txt'), 'utf8')).toBe(noThanks)
  })
})
