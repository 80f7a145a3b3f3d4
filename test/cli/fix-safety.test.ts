import {spawn, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {onlyGratitude} from '../helpers/bad-input.js'
import {bin, runCli, tempTree} from '../helpers/cli.js'
import {onlyRule} from '../helpers/rule-tester.js'

/** A draft without thanks, longer than 1 KiB, so that a 1 KiB file-size limit stops its rewrite. */
const longNoThanks = `Dear Ms. Patel,\n\nI have decided to decline the interview. ${'The team was kind to me throughout. '.repeat(40)}\n\nBest regards,\nJordan Lee\n`

describe('--fix loses nothing', () => {
  it('a write that fails half-way (the file-size limit, EFBIG) leaves the original byte for byte', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'a.txt': longNoThanks})
    // `ulimit -f 1` makes the kernel refuse any write past 1 KiB: the temporary file is cut short.
    const run = spawnSync('bash', ['-c', `ulimit -f 1 && exec "${process.execPath}" "${bin}" --fix a.txt`], {cwd: dir, encoding: 'utf8'})
    expect(run.status).toBe(2)
    expect(run.stderr.trim()).toMatch(/^decline-lint: a\.txt: could not write the fix: EFBIG/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(longNoThanks)
    expect(readdirSync(dir).sort()).toEqual(['.declinelintrc.json', 'a.txt'])
  })

  it('keeps the BOM, CRLF line endings and the missing final newline; inserted lines use CRLF', () => {
    const config = JSON.stringify({root: true, rules: {...onlyRule('greeting'), gratitude: 'warn'}})
    const draft = '\uFEFFI have decided to decline the interview.\r\n\r\nBest regards,\r\nJordan Lee'
    const dir = tempTree({'.declinelintrc.json': config, 'a.txt': draft})
    expect(runCli(['--fix', 'a.txt'], {cwd: dir}).code).toBe(0)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(
      '\uFEFFDear Hiring Manager,\r\n\r\nThank you for inviting me to interview for the position. I have decided to decline the interview.\r\n\r\nBest regards,\r\nJordan Lee'
    )
  })

  it('does not overwrite a file that changed on disk while it was being linted', async () => {
    const slow = `${longNoThanks.replace('\n\nBest', ` ${'I enjoyed meeting everyone at the office. '.repeat(60)}\n\nBest`)}`
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'a.txt': slow})
    const path = join(dir, 'a.txt')
    // The file's access time is set in the past, so the moment decline-lint reads it shows.
    const {mtime} = statSync(path)
    utimesSync(path, new Date(mtime.getTime() - 3_600_000), mtime)
    const readBefore = statSync(path).atimeMs
    const child = spawn(process.execPath, [bin, '--fix', 'a.txt'], {cwd: dir})
    let stderr = ''
    child.stderr.on('data', (chunk) => { stderr += chunk })
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    while (statSync(path).atimeMs === readBefore) await new Promise((resolve) => setTimeout(resolve, 2))
    const edited = `${slow}P.S. Added while decline-lint was working.\n`
    writeFileSync(path, edited)
    expect(await exited).toBe(2)
    expect(stderr).toMatch(/a\.txt: could not write the fix: the file changed on disk while it was being linted; not overwritten/)
    expect(readFileSync(path, 'utf8')).toBe(edited)
  })
})
