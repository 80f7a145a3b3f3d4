import {spawnSync} from 'node:child_process'
import {lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'

/** The built command, run as a user runs it (`npm test` builds first). */
export const bin = new URL('../../dist/src/cli/bin.js', import.meta.url).pathname

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run decline-lint (or another copy's bin) with arguments in a folder, optionally piping `input`. */
export function runCli(args: string[], options: {cwd?: string; input?: string | Buffer; env?: Record<string, string>; uid?: number; bin?: string} = {}): CliRun {
  const result = spawnSync(process.execPath, [options.bin ?? bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: {PATH: process.env.PATH ?? '', ...options.env},
    encoding: 'utf8',
    // Run as another user (root's tests use nobody, whom file permissions do stop).
    ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid})
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

/** Every regular file below a folder and its bytes (links are not followed), to prove nothing was written. */
export function snapshot(root: string, folder = ''): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(join(root, folder)).sort()) {
    const path = folder ? `${folder}/${name}` : name
    const stats = lstatSync(join(root, path))
    if (stats.isDirectory() && (stats.mode & 0o500) === 0o500) for (const [key, value] of snapshot(root, path)) files.set(key, value)
    else if (stats.isFile() && (stats.mode & 0o400)) files.set(path, readFileSync(join(root, path)).toString('base64'))
    else files.set(path, `${stats.isSymbolicLink() ? 'link' : 'other'} ${stats.mode.toString(8)}`)
  }
  return files
}
