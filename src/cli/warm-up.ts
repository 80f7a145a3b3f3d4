import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {formats} from '../reporters/index.js'
import {run} from './run.js'

/** One draft per reader, each with findings, so that every rule and reporter has work to do. */
const drafts: Record<string, string> = {
  'warm-up.txt': `Subject: Quick question

Hey Jordan,

I'm gonna pass on the [Role] interview. Honestly, your process was a total waste of time.

Thanks,
Sam
`,
  'warm-up.md': `---
subject: Declining the offer
---

Dear Ms. Rivera,

Thank you so much for the offer. After much thought, I have decided to decline it. I'm sorry for any inconvenience, and I hope our paths cross again.

Kind regards,
Sam
`,
  'warm-up.html': '<p>Dear Mr. Chen,</p><p>Thank you for inviting me to interview. I will not be moving forward.</p><p>Best,<br>Sam</p>',
  'warm-up.eml': 'Subject: Interview\r\nContent-Type: text/plain\r\n\r\nHi Alex,\r\n\r\nI must withdraw from the process. Sorry!\r\n\r\nSam\r\n'
}

/**
 * Run the command line the ways users do (files of each kind in each format, stdin, fixes), with
 * every output thrown away. A startup snapshot keeps the bytecode of every function that ran
 * here and the caches that filled (compromise's parsed match patterns, the rules' lookups), so
 * the snapshot's first real run starts warm. Regular expressions are compiled again each run.
 */
export async function warmUp(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'decline-lint-warm-up-'))
  try {
    for (const [name, text] of Object.entries(drafts)) writeFileSync(join(folder, name), text)
    // The folder by its full path: file paths resolve against the process's own folder, and a
    // build run from the repository would otherwise lint all of it, on worker threads, whose
    // shared state a snapshot cannot keep.
    const runs = [...formats.map((format) => [folder, '--format', format]), ['--stdin', '--stdin-filename', 'warm-up.md', '--fix-dry-run', '--format', 'json']]
    for (const argv of runs) {
      await run({
        argv: [...argv, '--no-config', '--concurrency', 'off', '--date', '2026-01-05'],
        cwd: folder,
        env: {},
        stdinIsTTY: false,
        stdoutIsTTY: false,
        readStdin: async () => Buffer.from(drafts['warm-up.md']),
        stdout: () => undefined,
        stderr: (text) => process.stderr.write(text)
      })
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
