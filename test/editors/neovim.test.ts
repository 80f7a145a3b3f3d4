import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyEdits} from '../../src/engine/fix.js'
import {bin, runCli} from '../helpers/cli.js'
import {byteColumn, editorTimeoutMs, root, runEditor, workspaceWith} from './editor.js'

interface Shown {
  lnum: number
  col: number
  end_lnum: number
  end_col: number
  severity: number
  code: string
  message: string
}

/**
 * Neovim's built-in LSP client, headless, against the real server: the diagnostics it shows
 * must be the CLI's findings at the same places (Neovim converts the server's UTF-16 positions
 * to bytes), and its first quick fix, saved, must be the first suggestion applied.
 */
function inNeovim(fixture: string) {
  const {dir, draft} = workspaceWith(fixture)
  const original = readFileSync(draft, 'utf8')
  const report = JSON.parse(runCli(['-f', 'json', draft], {cwd: dir}).stdout)[0]
  const out = join(dir, 'nvim-result.json')
  runEditor('nvim', ['--headless', '-i', 'NONE', '-u', join(root, 'test/editors/nvim-init.lua'), draft], dir, {
    DECLINE_LINT_BIN: bin,
    DECLINE_LINT_OUT: out
  })
  const result = JSON.parse(readFileSync(out, 'utf8')) as {error?: string; diagnostics: Shown[]; applied: string}
  expect(result.error).toBeUndefined()
  return {original, saved: readFileSync(draft, 'utf8'), result, report}
}

describe('Neovim (built-in LSP client, headless)', () => {
  const cases = [
    ['emoji on three lines', 'fixtures/corpus/professional-tone-02.txt'],
    ['CRLF line ends and non-ASCII names', 'fixtures/gratitude/fail/crlf-non-ascii.txt']
  ]
  for (const [name, fixture] of cases) {
    it(`${name}: shows the findings where the CLI puts them, applies and saves the first quick fix`, () => {
      const {original, saved, result, report} = inNeovim(fixture)
      const lines = original.split(/\r?\n/)
      type Message = {ruleId: string; severity: number; message: string; line: number; column: number; endLine: number; endColumn: number; suggestions?: Array<{desc: string; fix: {range: [number, number]; text: string}}>}
      const expected = (report.messages as Message[]).map((m) => ({
        lnum: m.line - 1,
        col: byteColumn(lines[m.line - 1], m.column) - 1,
        end_lnum: m.endLine - 1,
        end_col: byteColumn(lines[m.endLine - 1], m.endColumn) - 1,
        severity: m.severity === 2 ? 1 : 2,
        code: m.ruleId
      }))
      expect(result.diagnostics.map(({message: _, ...place}) => place)).toEqual(expected)
      expect(result.diagnostics[0].message).toContain(report.messages[0].message)

      const first = (report.messages as Message[])[0].suggestions![0]
      expect(result.applied).toBe(first.desc)
      expect(saved).toBe(applyEdits(original, [first.fix]).output)
    }, editorTimeoutMs + 5000)
  }
})
