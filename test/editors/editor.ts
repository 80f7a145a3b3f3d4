import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import {tempTree} from '../helpers/cli.js'

/** The repository root, where fixtures live. */
export const root = new URL('../../', import.meta.url).pathname

/** Editors are slow to start on a busy machine, but a hang must fail, not stall the suite. */
export const editorTimeoutMs = 20_000

/**
 * A throwaway workspace holding a copy of a fixture draft (so saving does not touch the repo)
 * and a root config with the defaults (so no config above /tmp leaks in).
 */
export function workspaceWith(fixture: string): {dir: string; draft: string} {
  const dir = tempTree({'.declinelintrc.json': JSON.stringify({root: true})})
  const draft = join(dir, basename(fixture))
  copyFileSync(join(root, fixture), draft)
  // Editors keep state and logs under these; a test leaves none in the real home.
  for (const name of ['cache', 'state', 'data', 'config']) mkdirSync(join(dir, '.xdg', name), {recursive: true})
  return {dir, draft}
}

/** Run an editor headless in `dir`; a timeout or a crash throws with everything it printed. */
export function runEditor(command: string, args: string[], dir: string, env: Record<string, string>): void {
  const run = spawnSync(command, args, {
    cwd: dir,
    timeout: editorTimeoutMs,
    encoding: 'utf8',
    input: '',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      // A user's terminal: Vim takes its encoding from the locale, and is latin1 without one.
      LANG: 'C.UTF-8',
      XDG_CACHE_HOME: join(dir, '.xdg/cache'),
      XDG_STATE_HOME: join(dir, '.xdg/state'),
      XDG_DATA_HOME: join(dir, '.xdg/data'),
      XDG_CONFIG_HOME: join(dir, '.xdg/config'),
      ...env
    }
  })
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error(`${command} is not installed: the editor tests need the Debian packages neovim, vim-nox and vim-ale (.ci/run installs them)`)
  }
  if (run.error || run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`})\nstdout: ${run.stdout}\nstderr: ${run.stderr}`)
  }
}

/** A UTF-16 column (decline-lint's) as a byte column (what Vim and Neovim count), both 1-based. */
export function byteColumn(line: string, utf16Column: number): number {
  return Buffer.byteLength(line.slice(0, utf16Column - 1)) + 1
}

