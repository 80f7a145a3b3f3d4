import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** Signals a user or an editor sends to stop the command; the snapshot's process gets them too. */
const forwarded: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

export type Ending = {code: number} | {signal: NodeJS.Signals}

/**
 * The environment for the snapshot's process: this one's, less NODE_EXTRA_CA_CERTS. Node reads and
 * parses that certificate file as it starts (~35 ms for Debian's bundle), and the CLI makes no
 * network connection, so only the launcher pays for it.
 */
function snapshotEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = {...env}
  delete rest.NODE_EXTRA_CA_CERTS
  return rest
}

/**
 * Run the CLI in a Node started from the startup snapshot, on this process's own stdin, stdout
 * and stderr (so pipes, terminals and an editor's LSP pipes reach it untouched). Resolves with how
 * it ended, or undefined when it could not be started at all.
 */
export function runFromSnapshot(blob: URL, args: string[]): Promise<Ending | undefined> {
  return new Promise((resolve) => {
    // `--` keeps arguments such as --version or - for decline-lint rather than for Node.
    const child = spawn(process.execPath, ['--snapshot-blob', fileURLToPath(blob), '--', ...args], {stdio: 'inherit', env: snapshotEnv(process.env)})
    const forward = (signal: NodeJS.Signals) => child.kill(signal)
    let started = false
    child.once('spawn', () => {
      started = true
      for (const signal of forwarded) process.on(signal, forward)
    })
    // Only a child that never started may be replaced by an in-process run: one that did has
    // already read stdin and written output.
    child.once('error', () => {
      if (!started) resolve(undefined)
    })
    child.once('exit', (code, signal) => {
      for (const name of forwarded) process.off(name, forward)
      resolve(signal ? {signal} : {code: code ?? 1})
    })
  })
}
