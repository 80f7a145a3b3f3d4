import {chmodSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {onlyRule} from '../helpers/rule-tester.js'
import {expectOneProblem, fixedNoThanks, noThanks, onlyGratitude, withThanks} from '../helpers/bad-input.js'
import {runCli, tempTree} from '../helpers/cli.js'

describe('exit codes and formats', () => {
  it('exits 0 on a clean draft and 0 with warnings, 1 over --max-warnings', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'good.txt': withThanks, 'bad.txt': noThanks})
    expect(runCli(['good.txt'], {cwd: dir}).code).toBe(0)
    expect(runCli(['bad.txt'], {cwd: dir}).code).toBe(0)
    expect(runCli(['bad.txt', '--max-warnings', '0'], {cwd: dir}).code).toBe(1)
    expect(runCli(['bad.txt', '--max-warnings', '1'], {cwd: dir}).code).toBe(0)
  })

  it('exits 1 when a rule set to error fires, and --quiet hides warnings', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'bad.txt': noThanks})
    const run = runCli(['bad.txt', '--rule', 'gratitude:error', '-f', 'unix'], {cwd: dir})
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('bad.txt:3:1: error No thanks for the invitation or offer [gratitude]\n')
    expect(runCli(['bad.txt', '--quiet', '-f', 'unix'], {cwd: dir}).stdout).toBe('')
  })

  it('prints ESLint-compatible JSON with 1-based positions and the fix as an insertion', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'drafts/acme.txt': noThanks})
    const run = runCli(['drafts/acme.txt', '--format', 'json'], {cwd: dir})
    const report = JSON.parse(run.stdout)
    const insertion = {range: [17, 17], text: 'Thank you for inviting me to interview for the position. '}
    expect(report).toEqual([
      {
        filePath: 'drafts/acme.txt',
        messages: [
          {
            ruleId: 'gratitude', severity: 1, message: 'No thanks for the invitation or offer',
            line: 3, column: 1, endLine: 3, endColumn: 1,
            fix: insertion, suggestions: [{desc: 'Thank them first', fix: insertion}]
          }
        ],
        errorCount: 0, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 1
      }
    ])
    expect(run.stderr).toBe('')
  })

  it('stylish names the file, place, message and rule; NO_COLOR and --no-color drop escapes', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'bad.txt': noThanks})
    const plain = runCli(['bad.txt'], {cwd: dir, env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout
    expect(plain).toContain('bad.txt')
    expect(plain).toMatch(/3:1\s+warning\s+No thanks for the invitation or offer\s+gratitude/)
    expect(plain).not.toContain('\u001b[')
    expect(runCli(['bad.txt'], {cwd: dir, env: {FORCE_COLOR: '1'}}).stdout).toContain('\u001b[')
    expect(runCli(['bad.txt', '--no-color'], {cwd: dir, env: {FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })

  it('writes the report to --output-file and nothing to stdout', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'bad.txt': noThanks})
    const run = runCli(['bad.txt', '-f', 'json', '-o', 'report.json'], {cwd: dir})
    expect(run.stdout).toBe('')
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))[0].warningCount).toBe(1)
  })
})

describe('stdin', () => {
  it('reads piped input with no paths, with "-", and with --stdin, named by --stdin-filename', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude})
    for (const args of [[], ['-'], ['--stdin']]) {
      const run = runCli([...args, '-f', 'unix', '--stdin-filename', 'mine.txt'], {cwd: dir, input: noThanks})
      expect(run.stdout).toBe('mine.txt:3:1: warning No thanks for the invitation or offer [gratitude]\n')
    }
    expect(JSON.parse(runCli(['-f', 'json'], {cwd: dir, input: noThanks}).stdout)[0].filePath).toBe('<stdin>')
  })

  it('with --fix prints the fixed text on stdout and the report on stderr', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude})
    const run = runCli(['--fix', '-f', 'unix'], {cwd: dir, input: noThanks})
    expect(run.stdout).toBe(fixedNoThanks)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(runCli(['--fix'], {cwd: dir, input: withThanks}).stdout).toBe(withThanks)
  })

  it('finds the config from the --stdin-filename folder', () => {
    const dir = tempTree({'sub/.declinelintrc.json': JSON.stringify({root: true, rules: {...onlyRule('gratitude'), gratitude: 'off'}})})
    expect(runCli(['-f', 'unix', '--stdin-filename', 'sub/x.txt', '--rule', 'decision:off'], {cwd: dir, input: noThanks}).stdout).toBe('')
  })
})

describe('--fix', () => {
  it('rewrites files atomically, keeps their mode, and a second run changes nothing', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'a.txt': noThanks, 'b.txt': withThanks})
    chmodSync(join(dir, 'a.txt'), 0o640)
    expect(runCli(['--fix', '.'], {cwd: dir}).code).toBe(0)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixedNoThanks)
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(withThanks)
    expect(statSync(join(dir, 'a.txt')).mode & 0o777).toBe(0o640)
    runCli(['--fix', '.'], {cwd: dir})
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(fixedNoThanks)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('--fix-dry-run writes nothing and shows the output in json', () => {
    const dir = tempTree({'.declinelintrc.json': onlyGratitude, 'a.txt': noThanks})
    const report = JSON.parse(runCli(['--fix-dry-run', '-f', 'json', 'a.txt'], {cwd: dir}).stdout)
    expect(report[0].output).toBe(fixedNoThanks)
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe(noThanks)
  })
})

describe('configuration', () => {
  it('finds .declinelintrc.json, .yaml and a package.json field, nearest wins, root stops the walk', () => {
    const dir = tempTree({
      '.declinelintrc.json': JSON.stringify({rules: {gratitude: 'error'}}),
      'team/.declinelintrc.yaml': `root: true\nrules:\n${Object.keys(onlyRule('gratitude')).filter((id) => id !== 'gratitude').map((id) => `  ${id}: off`).join('\n')}\n`,
      'team/a.txt': noThanks,
      'team/sub/package.json': JSON.stringify({name: 'x', declineLint: {rules: {gratitude: 'error'}}}),
      'team/sub/b.txt': noThanks
    })
    expect(runCli(['-f', 'unix', 'team/a.txt'], {cwd: dir}).stdout).toContain('warning No thanks')
    expect(runCli(['-f', 'unix', 'team/sub/b.txt'], {cwd: dir}).stdout).toContain('error No thanks')
  })

  it('applies overrides by glob, and --mode and --rule win over the config', () => {
    const config = {root: true, rules: onlyRule('gratitude'), overrides: [{files: ['strict/**'], rules: {gratitude: 'error'}}]}
    const dir = tempTree({'.declinelintrc.json': JSON.stringify(config), 'strict/x/a.txt': noThanks, 'b.txt': noThanks})
    expect(runCli(['-f', 'unix', 'strict/x/a.txt'], {cwd: dir}).stdout).toContain('error No thanks')
    expect(runCli(['-f', 'unix', 'b.txt'], {cwd: dir}).stdout).toContain('warning No thanks')
    expect(runCli(['-f', 'unix', 'strict/x/a.txt', '--rule', 'gratitude:off'], {cwd: dir}).stdout).toBe('')
  })

  it('-c uses one file only, --no-config none', () => {
    const dir = tempTree({'.declinelintrc.json': JSON.stringify({rules: {gratitude: 'off'}}), 'only.json': onlyGratitude, 'a.txt': noThanks})
    expect(runCli(['-f', 'unix', '-c', 'only.json', 'a.txt'], {cwd: dir}).stdout).toContain('[gratitude]')
    expect(runCli(['-f', 'unix', '--no-config', 'a.txt'], {cwd: dir}).stdout).toContain('[gratitude]')
    expect(runCli(['-f', 'unix', 'a.txt', '--rule', 'decision:off'], {cwd: dir}).stdout).not.toContain('[gratitude]')
  })

  it('--init writes a starter config that lints with the defaults, and refuses to overwrite it', () => {
    const dir = tempTree({})
    expect(runCli(['--init'], {cwd: dir}).code).toBe(0)
    const config = JSON.parse(readFileSync(join(dir, '.declinelintrc.json'), 'utf8'))
    expect(config.rules.decision).toBe('error')
    expect(config.root).toBe(true)
    const again = runCli(['--init'], {cwd: dir})
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
  })
})

describe('bad input: one line naming the file and the problem, exit 2, the other files still run, nothing written', () => {
  const cases: Array<[string, Record<string, string | Buffer>, string[], RegExp]> = [
    ['a missing file', {}, ['missing.txt'], /missing\.txt: no such file or folder/],
    ['a folder with nothing to lint', {'empty/readme.pdf': 'x'}, ['empty'], /empty: no drafts here/],
    ['a binary file', {'bin.txt': Buffer.from([0x48, 0x00, 0x49])}, ['bin.txt'], /bin\.txt: binary file/],
    ['an empty file', {'blank.txt': '  \n\n'}, ['blank.txt'], /blank\.txt: empty file/],
    ['a whitespace-only file with a BOM and CRLF', {'blank.txt': '\uFEFF \t\r\n\r\n'}, ['blank.txt'], /blank\.txt: empty file/],
    ['invalid UTF-8', {'latin1.txt': Buffer.from([0x44, 0x65, 0x61, 0x72, 0x20, 0xe9, 0x0a])}, ['latin1.txt'], /latin1\.txt: not valid UTF-8/],
    ['UTF-16 with a byte order mark', {'utf16.txt': Buffer.from(`\uFEFF${noThanks}`, 'utf16le')}, ['utf16.txt'], /utf16\.txt: UTF-16 text .*save it as UTF-8/],
    ['a file over the 1 MiB default limit', {'huge.txt': 'Thank you. '.repeat(100_000)}, ['huge.txt'], /huge\.txt: file is larger than the 1 MiB limit/],
    ['a file over --max-file-size', {'big.txt': noThanks.repeat(20)}, ['big.txt', '--max-file-size', '1KiB'], /big\.txt: file is larger than the 1 KiB limit/],
    ['a malformed JSON config', {'sub/.declinelintrc.json': '{"rules": ', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.json: invalid JSON/],
    ['a malformed YAML config', {'sub/.declinelintrc.yaml': 'rules: [apology\n', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.yaml: invalid YAML/],
    ['an unknown rule in a config', {'sub/.declinelintrc.yml': 'rules:\n  politeness: warn\n', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.yml: unknown rule "politeness"/],
    ['an unknown severity in a config', {'sub/.declinelintrc.json': '{"rules": {"apology": "loud"}}', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.json: .*severity "loud"/],
    ['an unknown key in a config', {'sub/.declinelintrc.json': '{"rulez": {}}', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.json: unknown key "rulez"/],
    ['a rule option of the wrong kind in a config', {'sub/.declinelintrc.yml': 'rules:\n  conciseness: [warn, {maxWords: "200"}]\n', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.yml: rule "conciseness" option "maxWords" must be a whole number, 0 or more, not "200"/],
    ['a negative limit in a config', {'sub/.declinelintrc.json': '{"rules": {"promptness": ["warn", {"lateAfterDays": -1}]}}', 'sub/x.txt': noThanks}, ['sub/x.txt'], /option "lateAfterDays" must be a whole number, 0 or more, not -1/],
    ['an unknown rule option in a config', {'sub/.declinelintrc.json': '{"rules": {"conciseness": ["warn", {"maxWordz": 3}]}}', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.json: .*maxWordz/],
    ['an override reaching outside its folder', {'sub/.declinelintrc.json': '{"overrides": [{"files": ["../**"], "mode": "template"}]}', 'sub/x.txt': noThanks}, ['sub/x.txt'], /\.declinelintrc\.json: overrides\[0\]\.files "\.\.\/\*\*" points outside/],
    ['a glob that matches nothing', {}, ['drafts/*.txt'], /drafts\/\*\.txt: no drafts match/]
  ]
  for (const [name, files, args, problem] of cases) {
    it(name, () => expectOneProblem(tempTree(files), args, problem))
  }

  it('usage errors exit 2 with a message: unknown rule, bad severity, unknown format, unknown option', () => {
    const dir = tempTree({'a.txt': noThanks})
    expect(runCli(['--rule', 'politeness:off', 'a.txt'], {cwd: dir}).stderr).toMatch(/unknown rule "politeness"/)
    expect(runCli(['--rule', 'apology:loud', 'a.txt'], {cwd: dir}).stderr).toMatch(/severity "loud"/)
    expect(runCli(['-f', 'xml', 'a.txt'], {cwd: dir}).stderr).toMatch(/unknown format "xml"/)
    const unknown = runCli(['--frobnicate', 'a.txt'], {cwd: dir})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown option '--frobnicate'/)
  })
})

describe('information', () => {
  it('--list-rules lists all thirteen rules, --explain prints a rule doc, -v the version', () => {
    const list = runCli(['--list-rules']).stdout.trim().split('\n')
    expect(list).toHaveLength(13)
    expect(list.find((line) => line.startsWith('decision '))).toMatch(/^decision\s+error\s+suggestion\s+\S/)
    expect(runCli(['--explain', 'gratitude']).stdout).toMatch(/^# gratitude\n/)
    const unknown = runCli(['--explain', 'nope'])
    expect(unknown.code).toBe(2)
    expect(runCli(['-v']).stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version)
  })

  it('recurses folders for .txt, .md, .markdown and .eml, skipping node_modules', () => {
    const dir = tempTree({
      '.declinelintrc.json': onlyGratitude,
      'd/a.txt': noThanks, 'd/b.md': noThanks, 'd/c.markdown': noThanks, 'd/deep/e.eml': `Subject: x\n\n${noThanks}`,
      'd/notes.pdf': 'x', 'd/node_modules/f.txt': noThanks
    })
    const files = JSON.parse(runCli(['-f', 'json', 'd'], {cwd: dir}).stdout).map((file: {filePath: string}) => file.filePath)
    expect(files).toEqual(['d/a.txt', 'd/b.md', 'd/c.markdown', 'd/deep/e.eml'])
  })
})

describe('the README', () => {
  it("shows the sample draft's real report", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const shown = /`decline-lint examples\/draft.txt` says[^\n]*\n\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1]
    const root = new URL('../../', import.meta.url).pathname
    const run = runCli(['examples/draft.txt'], {cwd: root, env: {NO_COLOR: '1'}})
    expect(run.stdout.trimEnd()).toBe(shown)
    expect(run.code).toBe(1)
  })
})
