import {describe, expect, it} from 'vitest'
import {runCli, tempTree} from '../helpers/cli.js'
import {onlyRule} from '../helpers/rule-tester.js'

/** What an editor plugin pipes: the buffer, named by its path. */
const asEditor = (dir: string, name: string, input: string, format = 'unix') =>
  runCli(['--stdin', '--stdin-filename', `${dir}/${name}`, '--format', format], {cwd: '/', input})

const only = (id: string, severity = 'warn') => JSON.stringify({root: true, rules: {...onlyRule(id), [id]: severity}})
const noThanks = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'

describe('stdin for editor plugins', () => {
  it('counts columns in UTF-16 code units on the buffer as given: CRLF, tab, non-ASCII, emoji', () => {
    const dir = tempTree({'.declinelintrc.json': only('professional-tone')})
    const line = 'Thank you, Åsa 🙏\tI\'m gonna decline 😀.'
    const run = asEditor(dir, 'draft.txt', `Dear Åsa,\r\n\r\n${line}\r\n\r\nBest,\r\nJosé\r\n`, 'json')
    const messages = JSON.parse(run.stdout)[0].messages
    const at = (word: string) => ({line: 3, column: line.indexOf(word) + 1, endLine: 3, endColumn: line.indexOf(word) + 1 + word.length})
    expect(messages.map((m: {message: string}) => m.message)).toEqual(['"🙏" is an emoji', '"gonna" is slang; write "going to"', '"😀" is an emoji'])
    expect(messages.map(({line, column, endLine, endColumn}: Record<string, number>) => ({line, column, endLine, endColumn}))).toEqual([at('🙏'), at('gonna'), at('😀')])
    expect(run.stderr).toBe('')
  })

  it('takes the format and the config from the --stdin-filename path', () => {
    const dir = tempTree({'.declinelintrc.json': only('gratitude'), 'strict/.declinelintrc.json': only('gratitude', 'error')})
    // In Markdown a code span is not prose, so these thanks do not count there; in plain text they do.
    const thanksInCode = noThanks.replace('I have', '`Thank you for the invitation.` I have')
    expect(asEditor(dir, 'a.md', thanksInCode).stdout).toContain('[gratitude]')
    expect(asEditor(dir, 'a.txt', thanksInCode).stdout).toBe('')
    const strict = asEditor(dir, 'strict/a.txt', noThanks)
    expect(strict.stdout).toBe(`${dir}/strict/a.txt:3:1: error No thanks for the invitation or offer [gratitude]\n`)
    expect(strict.code).toBe(1)
  })

  it('exit 0 with only warnings, 1 with errors; nothing on stderr either way', () => {
    const dir = tempTree({'.declinelintrc.json': only('gratitude'), 'e/.declinelintrc.json': only('gratitude', 'error')})
    expect(asEditor(dir, 'a.txt', noThanks)).toMatchObject({code: 0, stderr: ''})
    expect(asEditor(dir, 'e/a.txt', noThanks)).toMatchObject({code: 1, stderr: ''})
  })

  it('an empty buffer (a new file) is nothing to check yet: exit 0, no findings', () => {
    const dir = tempTree({})
    expect(asEditor(dir, 'new.txt', '')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(JSON.parse(asEditor(dir, 'new.md', '\n  \n', 'json').stdout)[0].messages).toEqual([])
  })

  it('could not run: exit 2, the reason on stderr in one line, stdout only the report', () => {
    const dir = tempTree({'.declinelintrc.json': '{"rules": '})
    const run = asEditor(dir, 'a.txt', noThanks, 'json')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^decline-lint: .*\.declinelintrc\.json: invalid JSON[^\n]*\n$/)
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({fatal: true, severity: 2})
    const binary = runCli(['--stdin', '--stdin-filename', 'x.txt', '-f', 'unix'], {cwd: dir, input: Buffer.from([0x48, 0x00])})
    expect(binary.code).toBe(2)
    expect(binary.stderr).toBe('decline-lint: x.txt: binary file (contains NUL bytes), not a text draft\n')
  })
})
