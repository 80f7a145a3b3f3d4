import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {fatal} from '../../src/engine/lint.js'
import {formatGithub} from '../../src/reporters/github.js'
import {onlyRule} from '../helpers/rule-tester.js'
import {runCli, tempTree} from '../helpers/cli.js'

const schema = JSON.parse(readFileSync(new URL('../data/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'))
// The schema's `language` pattern has a stray "]" that only non-Unicode regular expressions accept.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validateSarif = ajv.compile(schema)

const noThanks = 'Dear Ms. Patel,\n\nI have decided to decline the interview.\n\nBest regards,\nJordan Lee\n'
const rude = 'Dear Ms. Patel,\n\nThank you for the invitation. I have decided to decline the interview, as the pay is insulting.\n\nBest regards,\nJordan Lee\n'
const config = JSON.stringify({root: true, rules: {...onlyRule('gratitude'), 'negative-remarks': 'error'}})

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0 with the rules, regions and fixes', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'drafts/no thanks.txt': noThanks, 'drafts/rude.txt': rude})
    const run = runCli(['drafts', '--format', 'sarif'], {cwd: dir})
    expect(run.code).toBe(1)
    const log = JSON.parse(run.stdout)
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true)
    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver.rules.map((rule: {id: string}) => rule.id)).toEqual(rules.map((rule) => rule.id))
    expect(sarifRun.tool.driver.rules[0].helpUri).toMatch(/docs\/rules\/subject-line\.md$/)
    const gratitude = sarifRun.results.find((result: {ruleId: string}) => result.ruleId === 'gratitude')
    expect(gratitude.level).toBe('warning')
    expect(gratitude.locations[0].physicalLocation).toEqual({
      artifactLocation: {uri: 'drafts/no%20thanks.txt'},
      region: {startLine: 3, startColumn: 1, endLine: 3, endColumn: 1, charOffset: 17, charLength: 0}
    })
    expect(gratitude.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: {charOffset: 17, charLength: 0},
      insertedContent: {text: 'Thank you for inviting me to interview for the position. '}
    })
    const remark = sarifRun.results.find((result: {ruleId: string}) => result.ruleId === 'negative-remarks')
    expect(remark.level).toBe('error')
    expect(rules[remark.ruleIndex].id).toBe('negative-remarks')
    expect(sarifRun.invocations[0].executionSuccessful).toBe(true)
  })

  it('reports an unreadable file as a tool notification, still valid', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'empty.txt': '', 'good.txt': rude})
    const run = runCli(['empty.txt', 'good.txt', '-f', 'sarif'], {cwd: dir})
    expect(run.code).toBe(2)
    const log = JSON.parse(run.stdout)
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true)
    const invocation = log.runs[0].invocations[0]
    expect(invocation.executionSuccessful).toBe(false)
    expect(invocation.toolExecutionNotifications[0].message.text).toBe('empty file: nothing to lint')
    expect(log.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['negative-remarks'])
  })

  it('the schema check is not vacuous: a result without a message fails it', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'a.txt': noThanks})
    const log = JSON.parse(runCli(['a.txt', '-f', 'sarif'], {cwd: dir}).stdout)
    delete log.runs[0].results[0].message
    expect(validateSarif(log)).toBe(false)
  })
})

describe('--format github', () => {
  it('writes workflow commands, escaping data and properties as the runner reads them', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'a,b:c%.txt': noThanks, 'rude.txt': rude})
    const run = runCli(['a,b:c%.txt', 'rude.txt', '--format', 'github'], {cwd: dir})
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('::warning file=a%2Cb%3Ac%25.txt,line=3,col=1,endLine=3,endColumn=1,title=gratitude::No thanks for the invitation or offer')
    expect(lines[1]).toMatch(/^::error file=rude\.txt,line=3,col=\d+,endLine=3,endColumn=\d+,title=negative-remarks::Negative remark/)
  })

  it('escapes %, CR and LF in a message, and a fatal message names the file only', () => {
    const message = {...fatal('100% broken:\r\nsee below'), fatal: undefined, ruleId: 'gratitude', severity: 1 as const, line: 2, column: 3, endLine: 2, endColumn: 9}
    expect(formatGithub([{filePath: 'x.txt', messages: [message, fatal('cannot read: gone')]}])).toBe(
      '::warning file=x.txt,line=2,col=3,endLine=2,endColumn=9,title=gratitude::100%25 broken:%0D%0Asee below\n' +
        '::error file=x.txt,title=decline-lint::cannot read: gone\n'
    )
  })
})

describe('--format checkstyle', () => {
  it('writes Checkstyle XML with names and messages escaped', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'a&b "<x>".txt': noThanks, 'rude.txt': rude})
    const run = runCli(['a&b "<x>".txt', 'rude.txt', '--format', 'checkstyle'], {cwd: dir})
    const xml = run.stdout
    expect(xml.split('\n').slice(0, 4)).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<checkstyle version="4.3">',
      '  <file name="a&amp;b &quot;&lt;x&gt;&quot;.txt">',
      '    <error line="3" column="1" severity="warning" message="No thanks for the invitation or offer" source="decline-lint.gratitude"/>'
    ])
    expect(xml).toMatch(/<error line="3" column="\d+" severity="error" message="Negative remark [^"<>]*&quot;[^"<>]*" source="decline-lint.negative-remarks"\/>/)
    expect(xml.trimEnd().endsWith('</checkstyle>')).toBe(true)
  })
})

describe('--output-file', () => {
  it('writes every format to the file (folders made, no colour), and nothing to stdout', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'a.txt': noThanks})
    const starts: Record<string, string> = {
      stylish: 'a.txt\n3:1', json: '[{"filePath":"a.txt"', sarif: '{\n  "$schema"', github: '::warning file=a.txt',
      unix: 'a.txt:3:1: warning', checkstyle: '<?xml'
    }
    for (const [format, start] of Object.entries(starts)) {
      const file = join('reports', `out.${format}`)
      const run = runCli(['a.txt', '-f', format, '-o', file], {cwd: dir, env: {FORCE_COLOR: '1'}})
      expect(run.code).toBe(0)
      expect(run.stdout).toBe('')
      expect(readFileSync(join(dir, file), 'utf8').startsWith(start), format).toBe(true)
    }
  })

  it('says so when the report cannot be written', () => {
    const dir = tempTree({'.declinelintrc.json': config, 'a.txt': noThanks, 'taken': 'a file'})
    const run = runCli(['a.txt', '-o', 'taken/out.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^decline-lint: cannot write the report to taken\/out.txt: /)
  })
})
