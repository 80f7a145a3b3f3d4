import {isatty} from 'node:tty'
import {run} from './run.js'

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Run the command line with these arguments on this process's environment, folder and streams,
 * all read now: a startup snapshot calls this when it starts, not when it was built.
 */
export function runInProcess(argv: string[]): Promise<number> {
  return run({
    argv,
    cwd: process.cwd(),
    env: process.env,
    // Not process.stdin.isTTY: that getter opens a stream (and loads Node's stream modules), which
    // only a run that reads stdin needs.
    stdinIsTTY: isatty(0),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    readStdin,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  })
}
