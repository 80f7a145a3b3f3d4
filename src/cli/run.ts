import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {Command, CommanderError, Option} from 'commander'
import {loadConfig} from '../config/load.js'
import {ConfigResolver} from '../config/resolve.js'
import {fatal, lint, type LintResult} from '../engine/lint.js'
import {ConfigError, type RuleSetting} from '../engine/options.js'
import {checkRuleId, parseSetting} from '../engine/settings.js'
import {InputError} from '../input/errors.js'
import {format} from '../reporters/index.js'
import {colorWanted} from './color.js'
import {expandPaths} from './files.js'
import {formats, optionSpecs, type CliOptions, type FormatName} from './options.js'
import {outputFileProblem} from './output-file.js'
import {decodeDraft, parseSize, readDraftFile} from './read-input.js'
import {explainRule, listRules, starterConfig} from './rules-info.js'
import {writeAtomic} from './write.js'

/** What the CLI talks to; tests and the bin pass the real process's. */
export interface Io {
  argv: string[]
  cwd: string
  env: Record<string, string | undefined>
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  readStdin(): Promise<Uint8Array>
  stdout(text: string): void
  stderr(text: string): void
}

/** A problem with how decline-lint was called: exit code 2. */
class UsageError extends Error {}

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}).version

/** Run the command line; returns the exit code (0 clean, 1 findings, 2 could not run). */
export async function run(io: Io): Promise<number> {
  const program = buildProgram(io)
  try {
    program.parse(io.argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    throw error
  }
  try {
    return await lintCommand(program.opts<CliOptions>(), program.args, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`decline-lint: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

function buildProgram(io: Io): Command {
  const program = new Command('decline-lint')
    .description('Check a message that turns down a job interview or offer before you send it.')
    .argument('[paths...]', "files, folders or globs; '-' reads standard input")
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', '\nExit codes: 0 no errors, 1 errors or too many warnings, 2 usage, configuration or input errors.')
  for (const spec of optionSpecs) {
    const option = new Option(spec.flags, spec.description)
    if (spec.repeatable) option.argParser((value: string, previous: string[] = []) => [...previous, value])
    if (spec.defaultValue) option.default(spec.defaultValue)
    program.addOption(option)
  }
  return program
}

async function lintCommand(options: CliOptions, paths: string[], io: Io): Promise<number> {
  if (options.version) return print(io, `${version}\n`)
  if (options.listRules) return print(io, listRules())
  if (options.explain) {
    const page = explainRule(options.explain)
    if (!page) throw new UsageError(`unknown rule "${options.explain}" (see --list-rules)`)
    return print(io, page)
  }
  if (options.init) return init(io)

  const formatName = options.format as FormatName
  if (!formats.includes(formatName)) throw new UsageError(`unknown format "${options.format}" (use ${formats.join(', ')})`)
  if (options.mode && options.mode !== 'draft' && options.mode !== 'template') throw new UsageError(`--mode must be draft or template, not "${options.mode}"`)
  if (options.date && Number.isNaN(Date.parse(options.date))) throw new UsageError(`--date "${options.date}" is not a date (use YYYY-MM-DD)`)
  const maxWarnings = options.maxWarnings === undefined ? -1 : Number(options.maxWarnings)
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings must be a whole number')
  const ruleFlags = parseRuleFlags(options.rule ?? [])
  const maxBytes = parseSize(options.maxFileSize)
  if (maxBytes === undefined) throw new UsageError(`--max-file-size "${options.maxFileSize}" is not a size (use bytes, or e.g. 512KiB, 2MiB)`)

  const resolver = new ConfigResolver(typeof options.config === 'string' ? loadExplicit(options.config, io.cwd) : undefined)
  const useConfig = options.config !== false
  const fixing = Boolean(options.fix || options.fixDryRun)
  const readsStdin = options.stdin || (paths.length === 1 && paths[0] === '-') || (paths.length === 0 && !io.stdinIsTTY)
  if (!readsStdin && paths.length === 0) throw new UsageError('no input: give files or folders, or pipe a draft (see --help)')

  const lintOne = (text: string, filePath: string, configPath: string): LintResult => {
    const settings = useConfig ? resolver.optionsFor(resolve(io.cwd, configPath)) : {}
    return lint(text, {
      ...settings,
      rules: {...settings.rules, ...ruleFlags},
      mode: (options.mode as 'draft' | 'template' | undefined) ?? settings.mode,
      filePath,
      date: options.date,
      fix: fixing
    })
  }

  const results: LintResult[] = []
  let failed = false
  const fail = (filePath: string, problem: string) => {
    failed = true
    io.stderr(`decline-lint: ${filePath}: ${problem}\n`)
    results.push({filePath, messages: [fatal(problem)]})
  }

  if (readsStdin) {
    const name = options.stdinFilename ?? '<stdin>'
    try {
      const text = decodeDraft(await io.readStdin(), name, maxBytes)
      const result = lintOne(text, name, options.stdinFilename ?? 'stdin.txt')
      results.push(result)
      // An editor replaces its buffer with what it gets back: an unchanged draft comes back whole.
      if (options.fix) io.stdout(result.output ?? text)
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error
      fail(name, error instanceof InputError ? error.problem : error.message)
    }
  } else {
    const {files, errors} = expandPaths(paths)
    const clash = options.outputFile && outputFileProblem(options.outputFile, files, io.cwd)
    if (clash) throw new UsageError(clash)
    for (const error of errors) fail(error.filePath, error.problem)
    for (const file of files) {
      try {
        const text = readDraftFile(resolve(io.cwd, file), maxBytes)
        const result = lintOne(text, file, file)
        if (options.fix && result.output !== undefined) writeAtomic(resolve(io.cwd, file), result.output, text)
        results.push(result)
      } catch (error) {
        if (error instanceof InputError) fail(file, error.problem)
        else if (error instanceof ConfigError) fail(file, error.message)
        else if (error instanceof Error && options.fix) fail(file, `could not write the fix: ${error.message}`)
        else throw error
      }
    }
  }

  const shown = options.quiet ? results.map((result) => ({...result, messages: result.messages.filter((m) => m.severity === 2)})) : results
  const color = !options.outputFile && options.color !== false && colorWanted(io)
  const report = format(formatName, shown, {color})
  if (options.outputFile) {
    writeFileSync(resolve(io.cwd, options.outputFile), report)
  } else if (readsStdin && options.fix) {
    io.stderr(report)
  } else {
    io.stdout(report)
  }

  const errors = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 2).length, 0)
  const warnings = results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === 1).length, 0)
  if (failed) return 2
  if (errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) return 1
  return 0
}

function parseRuleFlags(flags: string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const separator = flag.lastIndexOf(':')
    if (separator <= 0) throw new UsageError(`--rule "${flag}" must be id:severity, e.g. apology:off`)
    const id = flag.slice(0, separator)
    checkRuleId(id, '--rule')
    settings[id] = parseSetting(id, flag.slice(separator + 1), '--rule').severity
  }
  return settings
}

function loadExplicit(path: string, cwd: string) {
  const absolute = resolve(cwd, path)
  if (!existsSync(absolute)) throw new ConfigError('config file not found', path)
  const config = loadConfig(absolute)
  if (!config) throw new ConfigError('package.json has no "declineLint" field', path)
  return config
}

function init(io: Io): number {
  const path = resolve(io.cwd, '.declinelintrc.json')
  if (existsSync(path)) throw new UsageError('.declinelintrc.json already exists; not overwritten')
  writeFileSync(path, starterConfig(), {flag: 'wx'})
  return print(io, 'Wrote .declinelintrc.json\n')
}

function print(io: Io, text: string): number {
  io.stdout(text)
  return 0
}
