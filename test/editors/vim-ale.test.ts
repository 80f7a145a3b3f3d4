import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, runCli} from '../helpers/cli.js'
import {byteColumn, editorTimeoutMs, root, runEditor, workspaceWith} from './editor.js'

/** CRLF, a tab, non-ASCII and emoji before findings on the same line. */
const crafted = 'Dear Ms. Åberg,\r\n\r\nThank you 🙏 for the offer.\tI\'m gonna decline it 😀 sorry.\r\n\r\nBest regards,\r\nJosé\r\n'

/**
 * Vim with ALE (Debian's vim-ale), headless, running decline-lint through stdin with the linter
 * definition shipped in editors/vim/. ALE's location list must hold the CLI's findings, each at
 * the byte column Vim uses for the character decline-lint points at.
 */
function inVimAle(draftName: string, write?: string) {
  const {dir, draft} = write === undefined ? workspaceWith(draftName) : workspaceWith('examples/draft.txt')
  const target = write === undefined ? draft : join(dir, draftName)
  if (write !== undefined) writeFileSync(target, write)
  // What `npm install -g decline-lint` puts on PATH.
  mkdirSync(join(dir, 'bin'))
  writeFileSync(join(dir, 'bin/decline-lint'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`)
  chmodSync(join(dir, 'bin/decline-lint'), 0o755)
  const out = join(dir, 'ale-result.json')
  runEditor('vim', ['-Nu', join(root, 'test/editors/ale-vimrc.vim'), '-i', 'NONE', '-n', '-es', '-c', 'call RecordAle()', target], dir, {
    PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`,
    DECLINE_LINT_VIM: join(root, 'editors/vim/decline_lint.vim'),
    DECLINE_LINT_OUT: out
  })
  const text = readFileSync(target, 'utf8')
  const lines = text.split(/\r?\n/)
  type Message = {ruleId: string; severity: number; message: string; line: number; column: number}
  const expected = (JSON.parse(runCli(['-f', 'json', target], {cwd: dir}).stdout)[0].messages as Message[]).map((m) => ({
    lnum: m.line,
    col: byteColumn(lines[m.line - 1], m.column),
    type: m.severity === 2 ? 'E' : 'W',
    text: `${m.ruleId}: ${m.message}`
  }))
  return {result: JSON.parse(readFileSync(out, 'utf8')) as {filetype: string; loclist: unknown[]}, expected}
}

describe('Vim + ALE (headless), decline-lint through stdin', () => {
  it('a CRLF draft with a tab, non-ASCII and emoji: every finding at its byte column', () => {
    const {result, expected} = inVimAle('offer.txt', crafted)
    expect(result.filetype).toBe('text')
    expect(expected.map((item) => item.text)).toEqual(expect.arrayContaining([expect.stringContaining('"gonna" is slang'), expect.stringContaining('"😀" is an emoji')]))
    // The slang comes after a two-unit emoji and a tab: UTF-16 and byte columns differ there.
    expect(expected.find((item) => item.text.includes('gonna'))!.col).toBe(Buffer.byteLength("Thank you 🙏 for the offer.\tI'm ") + 1)
    expect(result.loclist).toEqual(expected)
  }, editorTimeoutMs + 5000)

  const fixtures = [
    ['fixtures/decision/pass/non-ascii-names.txt', 'text'],
    ['fixtures/apology/fail/no-need-to-apologise.md', 'markdown'],
    ['fixtures/future-contact/fail/thanks-for-keeping-in-touch.eml', 'mail']
  ]
  for (const [fixture, filetype] of fixtures) {
    it(`${fixture} (${filetype}): the location list is the CLI's findings`, () => {
      const {result, expected} = inVimAle(fixture)
      expect(result.filetype).toBe(filetype)
      expect(expected.length).toBeGreaterThan(0)
      expect(result.loclist).toEqual(expected)
    }, editorTimeoutMs + 5000)
  }
})
