import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

/** The built command, run as a user runs it (`npm test` builds first). */
export const bin = new URL('../../dist/src/cli/bin.js', import.meta.url).pathname

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run decline-lint with arguments in a folder, optionally piping `input`. */
export function runCli(args: string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>} = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: {PATH: process.env.PATH ?? '', ...options.env},
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A throwaway folder holding the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'decline-lint-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), {recursive: true})
    writeFileSync(join(root, path), content)
  }
  return root
}
