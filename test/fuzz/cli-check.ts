import type {Io} from '../../src/cli/run.js'

/** The CLI's entry point, passed in: vitest runs the built one, `npm run fuzz` its neighbour. */
export type RunCli = (io: Io) => Promise<number>

/**
 * Run the CLI in-process on bytes piped to stdin, in every format, with and without --fix, and
 * check that it exits 0, 1 or 2 and that its json report always parses.
 */
export async function checkCli(run: RunCli, bytes: Uint8Array, filePath: string): Promise<void> {
  for (const format of ['json', 'stylish', 'unix']) {
    for (const fix of [false, true]) {
      let stdout = ''
      let stderr = ''
      const code = await run({
        argv: ['--stdin', '--stdin-filename', filePath, '--no-config', '--date', '2026-03-10', '-f', format, ...(fix ? ['--fix'] : [])],
        cwd: '/',
        env: {NO_COLOR: '1'},
        stdinIsTTY: false,
        stdoutIsTTY: false,
        readStdin: async () => bytes,
        stdout: (text) => { stdout += text },
        stderr: (text) => { stderr += text }
      })
      if (code !== 0 && code !== 1 && code !== 2) throw new Error(`exit code ${code} for ${format}`)
      if (format !== 'json') continue
      // With --fix on stdin, the fixed text goes to stdout and the report to stderr.
      const report = fix ? stderr.replace(/^decline-lint: .*\n/gm, '') : stdout
      const parsed = JSON.parse(report) as Array<{filePath: string}>
      if (parsed.length !== 1 || parsed[0].filePath !== filePath) throw new Error(`json report is not one file named ${filePath}`)
    }
  }
}
