import {spawn, spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runningMetadata, snapshotFiles, usableBlob, type SnapshotMetadata} from '../../src/cli/snapshot-files.js'
import {bin, runCli, tempTree, type CliRun} from '../helpers/cli.js'
import {LspClient} from '../helpers/lsp-client.js'
import {noThanks, onlyGratitude} from '../helpers/bad-input.js'
import {onlyRule} from '../helpers/rule-tester.js'

// The launcher (dist/src/cli/bin.js) runs the CLI from the startup snapshot that `npm run build`
// made, or in its own process with DECLINE_LINT_SNAPSHOT=0: both must answer alike.

const root = new URL('../../', import.meta.url)
const built = new URL('dist/snapshot/', root)
const inProcess = {DECLINE_LINT_SNAPSHOT: '0'}

const rude = 'Subject: Quick question\n\nHey Sam,\n\nI\'m gonna pass on the interview. Honestly, the take-home looked like a waste of time.\n\nThanks,\nAlex\n'
const polite = 'Dear Ms. Patel,\n\nThank you for the invitation. I have decided to decline the interview. I apologise for any inconvenience.\n\nBest regards,\nJordan Lee\n'
const onlyPromptness = {'.declinelintrc.json': JSON.stringify({root: true, rules: onlyRule('promptness')})}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
const drafts = {
  'draft.txt': rude,
  'letter.md': `---\nsubject: Declining\n---\n\n${noThanks}`,
  'page.html': `<p>${noThanks.replace(/\n\n/g, '</p><p>')}</p>`,
  'mail.eml': `Subject: The interview\r\nContent-Type: text/plain\r\n\r\n${noThanks.replace(/\n/g, '\r\n')}`,
  'late.txt': polite
}

interface Invocation {
  args: string[]
  input?: string
  env?: Record<string, string>
  files?: Record<string, string>
}

/** Run in a fresh copy of the drafts; what it printed, its exit code and the drafts afterwards. */
function invoke(invocation: Invocation, env: Record<string, string>): CliRun & {files: Record<string, string>} {
  const dir = tempTree({...drafts, ...invocation.files})
  const run = runCli(invocation.args, {cwd: dir, input: invocation.input, env: {...invocation.env, ...env}})
  const files = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
  rmSync(dir, {recursive: true, force: true})
  return {...run, files}
}

const invocations: Record<string, Invocation & {code: number; shows: string}> = {
  'a text file, stylish': {args: ['draft.txt'], code: 1, shows: 'waste of time'},
  'Markdown, HTML and email, JSON': {args: ['letter.md', 'page.html', 'mail.eml', '-f', 'json'], code: 0, shows: '"ruleId":"gratitude"'},
  'stdin': {args: ['-f', 'unix'], input: rude, code: 1, shows: '<stdin>:5:5'},
  'stdin with --fix: the fixed text out, the report on stderr': {args: ['--stdin-filename', 'x.txt', '--fix'], input: noThanks, code: 0, shows: 'Thank you for'},
  'a file too large (fatal)': {args: ['draft.txt', '--max-file-size', '10'], code: 2, shows: 'draft.txt'},
  '--fix rewrites files': {args: ['letter.md', 'draft.txt', '--fix', '-f', 'unix'], code: 1, shows: 'gonna'},
  // Worker threads started from a snapshot's process: Node 20 loses worker_threads' shared state
  // when the snapshot was built with it loaded (a worker's process.cwd() then throws).
  'worker threads (--concurrency 2)': {args: ['.', '--concurrency', '2', '-f', 'json'], code: 1, shows: '"ruleId":"negative-remarks"'},
  '--list-rules': {args: ['--list-rules'], code: 0, shows: 'gratitude'},
  '--version': {args: ['--version'], code: 0, shows: `${(JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {version: string}).version}\n`},
  '--explain': {args: ['--explain', 'apology'], code: 0, shows: '# apology'},
  '--help': {args: ['--help'], code: 0, shows: '--max-file-size'},
  'an unknown format (usage error)': {args: ['draft.txt', '-f', 'nope'], code: 2, shows: 'unknown format'},
  'a config file in the folder': {args: ['draft.txt', '-f', 'unix'], files: {'.declinelintrc.json': onlyGratitude}, code: 0, shows: 'gratitude'},
  'FORCE_COLOR': {args: ['draft.txt'], env: {FORCE_COLOR: '1'}, code: 1, shows: '\u001b['},
  'NO_COLOR over FORCE_COLOR': {args: ['draft.txt'], env: {FORCE_COLOR: '1', NO_COLOR: '1'}, code: 1, shows: 'warning'},
  'promptness against today': {args: ['late.txt', '--received', day(-30), '-f', 'unix'], files: onlyPromptness, code: 0, shows: 'The reply is late'},
  'promptness against --date': {args: ['late.txt', '--received', day(-30), '--date', day(-28), '-f', 'unix'], files: onlyPromptness, code: 0, shows: ''}
}

describe('the snapshot and the in-process CLI answer alike', () => {
  it('the build made a snapshot this Node starts from', () => {
    expect(usableBlob(built, {})?.href).toBe(snapshotFiles(built).blob.href)
  })

  it('its bundles are ASCII (a character above it would double the source the snapshot keeps)', () => {
    for (const name of ['cli.cjs', 'lint-worker.cjs']) {
      const lines = readFileSync(new URL(name, built), 'utf8').split('\n')
      expect(lines.filter((line) => /[^\x00-\x7f]/.test(line)).map((line) => line.slice(0, 80)), name).toEqual([])
    }
  })

  it.each(Object.entries(invocations))('%s', (_, invocation) => {
    const fromSnapshot = invoke(invocation, {})
    expect(invoke(invocation, inProcess)).toEqual(fromSnapshot)
    expect(fromSnapshot.code, fromSnapshot.stderr).toBe(invocation.code)
    expect(fromSnapshot.stdout + fromSnapshot.stderr).toContain(invocation.shows)
    if (invocation.shows === '') expect(fromSnapshot.stdout).toBe('')
    if (invocation.env?.NO_COLOR) expect(fromSnapshot.stdout).not.toContain('\u001b[')
    if (invocation.args.includes('--fix') && invocation.input === undefined) expect(fromSnapshot.files).not.toEqual(drafts)
  })

  it('the blob alone, started by hand, answers as the CLI does', () => {
    const dir = tempTree(drafts)
    const direct = spawnSync(process.execPath, ['--snapshot-blob', fileURLToPath(snapshotFiles(built).blob), '--', 'draft.txt', '-f', 'json'], {cwd: dir, encoding: 'utf8', env: {PATH: process.env.PATH ?? ''}})
    expect({code: direct.status, stdout: direct.stdout, stderr: direct.stderr}).toEqual(runCli(['draft.txt', '-f', 'json'], {cwd: dir, env: inProcess}))
  })

  it('serves the language server from both', async () => {
    for (const env of [{}, inProcess]) {
      const dir = tempTree({'.declinelintrc.json': onlyGratitude})
      const client = new LspClient(dir, env)
      await client.initialize(dir)
      const uri = pathToFileURL(join(dir, 'a.txt')).href
      await client.open(uri, 'plaintext', noThanks)
      const published = await client.diagnosticsAfter(uri, 0)
      expect(published.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['gratitude'])
      expect(await client.stop()).toBe(0)
    }
  })

  it('leaves NODE_EXTRA_CA_CERTS to the launcher: the snapshot\'s process makes no connection', () => {
    // Node warns at start when the file cannot be read: once here means only the launcher read it.
    const run = runCli(['--version'], {env: {NODE_EXTRA_CA_CERTS: '/nonexistent/extra-certs.pem'}})
    expect(run.code).toBe(0)
    expect(run.stderr.match(/Ignoring extra certs from `\/nonexistent\/extra-certs\.pem`/g)).toHaveLength(1)
  })

  it('passes a signal on to the snapshot and ends by it', async () => {
    const launcher = spawn(process.execPath, [bin, '--lsp'], {env: {PATH: process.env.PATH ?? ''}})
    const ended = new Promise<NodeJS.Signals | null>((resolve) => launcher.on('exit', (_, signal) => resolve(signal)))
    let server: number | undefined
    while (server === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      const children = spawnSync('ps', ['-o', 'pid=', '--ppid', String(launcher.pid)], {encoding: 'utf8'}).stdout.trim()
      server = children ? Number(children) : undefined
    }
    launcher.kill('SIGTERM')
    expect(await ended).toBe('SIGTERM')
    const alive = () => spawnSync('ps', ['-o', 'stat=', '-p', String(server)], {encoding: 'utf8'}).stdout.trim()
    while (alive() !== '' && !alive().startsWith('Z')) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(alive().startsWith('Z') || alive() === '').toBe(true)
  })
})

describe('a copy of the package, moved after the build', () => {
  /** The built package copied elsewhere (as npm and pre-commit install it), with the same node_modules. */
  function copyPackage(): string {
    const copy = mkdtempSync(join(tmpdir(), 'decline-lint-package-'))
    for (const part of ['package.json', 'dist', 'docs']) cpSync(new URL(part, root), join(copy, part), {recursive: true})
    symlinkSync(fileURLToPath(new URL('node_modules', root)), join(copy, 'node_modules'))
    return copy
  }
  const copyBin = (copy: string) => join(copy, 'dist/src/cli/bin.js')
  const copyFolder = (copy: string) => pathToFileURL(join(copy, 'dist/snapshot/'))

  it('finds its rule pages where it now is', () => {
    const copy = copyPackage()
    writeFileSync(join(copy, 'docs/rules/apology.md'), '# apology\n\nThe copy\'s own page.\n')
    expect(usableBlob(copyFolder(copy), {})).toBeDefined()
    expect(runCli(['--explain', 'apology'], {bin: copyBin(copy)}).stdout).toBe('# apology\n\nThe copy\'s own page.\n')
    rmSync(copy, {recursive: true, force: true})
  })

  it('runs in-process, silently and alike, with no blob, a blob for another Node, or a blob cut short', () => {
    const expected = invoke({args: ['draft.txt', '-f', 'json']}, {})
    const copy = copyPackage()
    const files = snapshotFiles(copyFolder(copy))
    const metadata = JSON.parse(readFileSync(files.metadata, 'utf8')) as SnapshotMetadata
    const breakages = {
      'no blob': () => rmSync(files.blob),
      // Garbage of the recorded size: Node would crash on it, so using it would fail the test.
      'another Node': () => {
        writeFileSync(files.blob, Buffer.alloc(1000, 7))
        writeFileSync(files.metadata, JSON.stringify({...runningMetadata(1000), node: 'v99.0.0'}))
      },
      'cut short': () => {
        writeFileSync(files.metadata, JSON.stringify(metadata))
        cpSync(snapshotFiles(built).blob, files.blob)
        truncateSync(files.blob, 1000)
      }
    }
    for (const [what, breakIt] of Object.entries(breakages)) {
      breakIt()
      expect(usableBlob(copyFolder(copy), {}), what).toBeUndefined()
      const dir = tempTree(drafts)
      expect(runCli(['draft.txt', '-f', 'json'], {cwd: dir, bin: copyBin(copy)}), what).toEqual({code: expected.code, stdout: expected.stdout, stderr: ''})
    }
    rmSync(copy, {recursive: true, force: true})
  })
})

describe('choosing whether to start from the snapshot', () => {
  const folder = pathToFileURL(mkdtempSync(join(tmpdir(), 'decline-lint-blob-')) + '/')
  const files = snapshotFiles(folder)
  writeFileSync(files.blob, Buffer.alloc(100))
  const write = (metadata: unknown) => writeFileSync(files.metadata, typeof metadata === 'string' ? metadata : JSON.stringify(metadata))

  it('takes a blob whose metadata matches this Node, unless DECLINE_LINT_SNAPSHOT=0', () => {
    write(runningMetadata(100))
    expect(usableBlob(folder, {})?.href).toBe(files.blob.href)
    expect(usableBlob(folder, {DECLINE_LINT_SNAPSHOT: '1'})?.href).toBe(files.blob.href)
    expect(usableBlob(folder, {DECLINE_LINT_SNAPSHOT: '0'})).toBeUndefined()
  })

  it('refuses one that differs in anything Node checks, or in size, or has no readable metadata', () => {
    const running = runningMetadata(100)
    const changes: Partial<SnapshotMetadata>[] = [
      {node: 'v20.0.0'}, {v8: '1.0'}, {arch: 'arm'}, {platform: 'win32'}, {cachedDataVersionTag: running.cachedDataVersionTag + 1}, {blobBytes: 99}
    ]
    for (const change of changes) {
      write({...running, ...change})
      expect(usableBlob(folder, {}), JSON.stringify(change)).toBeUndefined()
    }
    write('{not json')
    expect(usableBlob(folder, {})).toBeUndefined()
  })
})
