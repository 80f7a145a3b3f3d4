import {writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {afterEach, describe, expect, it} from 'vitest'
import {runCli, tempTree} from '../helpers/cli.js'
import {LspClient, type PublishedDiagnostic} from '../helpers/lsp-client.js'
import {onlyRule} from '../helpers/rule-tester.js'

const noThanks = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'
/** CRLF, a tab and an emoji before the finding: its character must count UTF-16 code units. */
const emojiCrlf = 'Dear Ms. Patel,\r\n\r\nThank you for the invitation.\tI have decided to decline the interview 🙏 ok 😀.\r\n\r\nBest regards,\r\nJordan Lee\r\n'
const config = (rules: Record<string, unknown>) => JSON.stringify({root: true, rules})

let client: LspClient | undefined
afterEach(async () => {
  const running = client
  client = undefined
  if (running) expect(await running.stop()).toBe(0)
})

async function start(files: Record<string, string>, initializationOptions?: unknown) {
  const dir = tempTree(files)
  client = new LspClient(dir)
  const init = await client.initialize(dir, initializationOptions)
  return {dir, client, init, uri: (name: string) => pathToFileURL(join(dir, name)).href}
}

type CodeAction = {title: string; kind: string; isPreferred?: boolean; edit: {documentChanges: Array<{textDocument: {version: number}; edits: Array<{range: PublishedDiagnostic['range']; newText: string}>}>}}

function applyAction(text: string, action: CodeAction): string {
  const doc = TextDocument.create('file:///x', 'plaintext', 1, text)
  return TextDocument.applyEdits(doc, action.edit.documentChanges[0].edits)
}

describe('decline-lint --lsp over a raw JSON-RPC client', () => {
  it('announces quick fixes, fix-all and hover', async () => {
    const {init} = await start({})
    expect(init.capabilities).toMatchObject({hoverProvider: true, codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll.decline-lint']}})
  })

  it('publishes diagnostics on open with the rule id as code, its doc as codeDescription, UTF-16 positions', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('professional-tone'))})
    await client.open(uri('a.txt'), 'plaintext', emojiCrlf)
    const published = await client.diagnosticsAfter(uri('a.txt'), 0)
    expect(published.version).toBe(1)
    const emoji = published.diagnostics.find((d) => d.message.includes('😀'))
    const character = emojiCrlf.split('\r\n')[2].indexOf('😀')
    expect(emoji).toMatchObject({
      code: 'professional-tone', source: 'decline-lint', severity: 2,
      codeDescription: {href: expect.stringMatching(/docs\/rules\/professional-tone\.md$/)},
      range: {start: {line: 2, character}, end: {line: 2, character: character + 2}}
    })
  })

  it('reads a mail buffer with no .eml ending (a mail client\'s temp file) as an email', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('subject-line'))})
    const mail = `From: Jordan Lee <jordan@example.com>\nTo: Priya Patel <priya@example.com>\nSubject: Interview\n\n${noThanks}`
    await client.open(uri('mutt-host-1000-1'), 'mail', mail)
    const published = await client.diagnosticsAfter(uri('mutt-host-1000-1'), 0)
    expect(published.diagnostics.map((d) => [d.code, d.range.start])).toEqual([['subject-line', {line: 2, character: 9}]])
  })

  it('debounces typing: only the latest version is linted and published, and close clears', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('gratitude'))})
    const file = uri('a.md')
    await client.open(file, 'markdown', noThanks)
    for (let version = 2; version <= 5; version++) await client.change(file, version, version === 5 ? noThanks : 'Thank you. ' + noThanks)
    const published = await client.diagnosticsAfter(file, 0)
    expect(published.version).toBe(5)
    expect(published.diagnostics.map((d) => d.code)).toEqual(['gratitude'])
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: file}})
    const cleared = await client.diagnosticsAfter(file, client.published.indexOf(published) + 1)
    expect(cleared.diagnostics).toEqual([])
    expect(client.published.filter((p) => p.uri === file && p.version !== undefined).map((p) => p.version)).toEqual([5])
  })

  it('takes the debounce from the editor settings, and keeps the default when it is not a whole number of ms', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('gratitude'))}, {debounceMs: -5})
    await client.until('the bad setting logged', () => client.logs.find((log) => log.includes('debounceMs must be a whole number of milliseconds, 0 or more, not -5')))
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {declineLint: {debounceMs: 0}}})
    await client.open(uri('a.txt'), 'plaintext', noThanks)
    expect((await client.diagnosticsAfter(uri('a.txt'), 0)).diagnostics.map((d) => d.code)).toEqual(['gratitude'])
    expect(client.logs.filter((log) => log.includes('debounceMs must be') && !log.includes('not -5'))).toEqual([])
  })

  it('offers each suggestion as a quick fix, fix-all as source.fixAll, and disable-in-file for Markdown', async () => {
    const {client, uri, dir} = await start({'.declinelintrc.json': config(onlyRule('gratitude'))})
    const file = uri('a.md')
    await client.open(file, 'markdown', noThanks)
    const [diagnostic] = (await client.diagnosticsAfter(file, 0)).diagnostics
    const ask = (only?: string[]) =>
      client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: file}, range: diagnostic.range, context: {diagnostics: [diagnostic], only}}) as Promise<CodeAction[]>
    const all = await ask()
    expect(all.map((a) => [a.title, a.kind])).toEqual([
      ['Thank them first', 'quickfix'],
      ['Fix all decline-lint problems', 'source.fixAll.decline-lint'],
      ['Disable gratitude in this file', 'quickfix']
    ])
    expect(all[0].isPreferred).toBe(true)
    expect(all[0].edit.documentChanges[0].textDocument.version).toBe(1)
    const fixedByCli = runCli(['--fix', '--stdin-filename', 'a.md'], {cwd: dir, input: noThanks}).stdout
    expect(applyAction(noThanks, all[0])).toBe(fixedByCli)
    expect((await ask(['source.fixAll'])).map((a) => a.title)).toEqual(['Fix all decline-lint problems'])
    expect(applyAction(noThanks, (await ask(['source.fixAll']))[0])).toBe(fixedByCli)
    expect((await ask(['quickfix'])).map((a) => a.kind)).toEqual(['quickfix', 'quickfix'])

    const disabled = applyAction(noThanks, all[2])
    expect(disabled).toBe(`<!-- decline-lint-disable gratitude -->\n${noThanks}`)
    const seen = client.published.length
    await client.change(file, 2, disabled)
    expect((await client.diagnosticsAfter(file, seen)).diagnostics).toEqual([])
  })

  it('explains a finding on hover with the passage of the guidance', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('gratitude'))})
    await client.open(uri('a.txt'), 'plaintext', noThanks)
    const [diagnostic] = (await client.diagnosticsAfter(uri('a.txt'), 0)).diagnostics
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('a.txt')}, position: diagnostic.range.start})) as {contents: {kind: string; value: string}}
    expect(hover.contents.kind).toBe('markdown')
    expect(hover.contents.value).toContain('No thanks for the invitation or offer')
    expect(hover.contents.value).toContain('> Express appreciation: Always thank the company for the interview offer.')
    expect(hover.contents.value).toContain('docs/rules/gratitude.md')
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: uri('a.txt')}, position: {line: 0, character: 3}})).toBeNull()
  })

  it('reads .declinelintrc files, reloads them when they change, and takes editor settings on top', async () => {
    const {client, uri, dir} = await start({'.declinelintrc.json': config({...onlyRule('gratitude'), gratitude: 'error'})}, {rules: {apology: 'warn'}})
    const file = uri('a.txt')
    await client.open(file, 'plaintext', noThanks)
    const codes = (p: {diagnostics: PublishedDiagnostic[]}) => p.diagnostics.map((d) => `${d.code}:${d.severity}`).sort()
    expect(codes(await client.diagnosticsAfter(file, 0))).toEqual(['apology:2', 'gratitude:1'])

    writeFileSync(join(dir, '.declinelintrc.json'), config(onlyRule('future-contact')))
    let seen = client.published.length
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: uri('.declinelintrc.json'), type: 2}]})
    expect(codes(await client.diagnosticsAfter(file, seen))).toEqual(['apology:2', 'future-contact:2'])

    seen = client.published.length
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {declineLint: {rules: {apology: 'error', 'future-contact': 'off'}}}})
    expect(codes(await client.diagnosticsAfter(file, seen))).toEqual(['apology:1'])

    seen = client.published.length
    await client.connection.sendNotification('workspace/didChangeConfiguration', {settings: {declineLint: {rules: {politeness: 'on'}}}})
    await client.until('the bad setting logged', () => client.logs.find((log) => log.includes('unknown rule "politeness"')))
    expect(codes(await client.diagnosticsAfter(file, seen))).toEqual(['apology:1'])
  })

  it('reports a malformed config file or draft as a diagnostic and a log line, and keeps serving', async () => {
    const {client, uri} = await start({'bad/.declinelintrc.json': '{"rules": ', 'good/.declinelintrc.json': config(onlyRule('gratitude'))})
    await client.open(uri('bad/a.txt'), 'plaintext', noThanks)
    const [problem] = (await client.diagnosticsAfter(uri('bad/a.txt'), 0)).diagnostics
    expect(problem.message).toMatch(/\.declinelintrc\.json: invalid JSON/)
    expect(problem.range.start).toEqual({line: 0, character: 0})
    await client.open(uri('good/b.md'), 'markdown', `---\nsubject: [unclosed\n---\n${noThanks}`)
    const [frontMatter] = (await client.diagnosticsAfter(uri('good/b.md'), 0)).diagnostics
    expect(frontMatter.message).toMatch(/front matter is not valid YAML/)
    await client.until('the problem logged', () => client.logs.find((log) => log.includes('front matter is not valid YAML')))
  })

  it('survives malformed messages and bad requests', async () => {
    const {client, uri} = await start({'.declinelintrc.json': config(onlyRule('gratitude'))})
    client.writeRaw('Content-Length: 12\r\n\r\n{not json!!}')
    client.writeRaw('a header with no colon\r\n\r\n')
    client.writeRaw('Content-Length: twelve\r\n\r\n')
    await expect(client.connection.sendRequest('textDocument/codeAction', {})).rejects.toThrow()
    await expect(client.connection.sendRequest('decline-lint/nonsense', {})).rejects.toThrow(/nonsense/)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: uri('never-opened.txt'), version: 3}, contentChanges: []})
    await client.open(uri('a.txt'), 'plaintext', noThanks)
    expect((await client.diagnosticsAfter(uri('a.txt'), 0)).diagnostics.map((d) => d.code)).toEqual(['gratitude'])
    expect(client.logs.filter((log) => log.includes('dropped a malformed message header'))).toHaveLength(2)
  })
})
