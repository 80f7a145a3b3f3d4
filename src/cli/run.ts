import {existsSync, writeFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {CommanderError} from 'commander'
import {loadConfig} from '../config/load.js'
import {lintAcrossFiles} from '../engine/across.js'
import {ConfigError, type RuleSetting} from '../engine/options.js'
import {checkRuleId, parseSetting} from '../engine/settings.js'
import {InputError} from '../input/errors.js'
import {formats, type FormatName} from '../reporters/index.js'
import type {Mode} from '../types.js'
import {version} from '../version.js'
import {colorWanted} from './color.js'
import {parseConcurrency} from './concurrency.js'
import {loadIgnore} from './ignore.js'
import {lintSources} from './lint-files.js'
import type {LintSetup} from './lint-setup.js'
import {buildProgram, type CliOptions} from './options.js'
import {outputFileProblem} from './output-file.js'
import {exitCode, writeReport} from './output.js'
import {parseSize} from './read-input.js'
import {explainRule, listRules, starterConfig} from './rules-info.js'

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

/** Run the command line; returns the exit code (0 clean, 1 findings, 2 could not run). */
export async function run(io: Io): Promise<number> {
  const program = buildProgram(io.stdout, io.stderr)
  try {
    program.parse(io.argv, {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    throw error
  }
  const options = program.opts<CliOptions>()
  if (options.lsp) {
    // Loaded only here: linting from the command line does not pay for the protocol library.
    const {startLanguageServer} = await import('../lsp/server.js')
    return startLanguageServer(process.stdin, process.stdout)
  }
  try {
    return await lintCommand(options, program.args, io)
  } catch (error) {
    // Whatever stops the run is exit 2 with one line on stderr, never a findings exit or a stack on stdout.
    const known = error instanceof UsageError || error instanceof ConfigError
    const problem = known ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`
    const oneLine = problem.split('\n').map((line) => line.trim()).filter((line) => line).join(' ')
    io.stderr(`decline-lint: ${oneLine}\n`)
    return 2
  }
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
  for (const flag of ['date', 'received', 'interview'] as const) {
    const value = options[flag]
    if (value && Number.isNaN(Date.parse(value))) throw new UsageError(`--${flag} "${value}" is not a date (use YYYY-MM-DD)`)
  }
  const maxWarnings = options.maxWarnings === undefined ? -1 : Number(options.maxWarnings)
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings must be a whole number')
  const maxBytes = parseSize(options.maxFileSize)
  if (maxBytes === undefined) throw new UsageError(`--max-file-size "${options.maxFileSize}" is not a size (use bytes, or e.g. 512KiB, 2MiB)`)

  const concurrency = parseConcurrency(options.concurrency)
  if (concurrency === undefined) throw new UsageError(`--concurrency must be a whole number of threads, auto or off, not "${options.concurrency}"`)
  const readsStdin = options.stdin || (paths.length === 1 && paths[0] === '-') || (paths.length === 0 && !io.stdinIsTTY)
  if (!readsStdin && paths.length === 0) throw new UsageError('no input: give files or folders, or pipe a draft (see --help)')

  const setup: LintSetup = {
    cwd: io.cwd,
    explicitConfig: typeof options.config === 'string' ? loadExplicit(options.config, io.cwd) : undefined,
    useConfig: options.config !== false,
    rules: parseRuleFlags(options.rule ?? []),
    mode: options.mode as Mode | undefined,
    date: options.date,
    received: options.received,
    interview: options.interview,
    fix: Boolean(options.fix || options.fixDryRun)
  }

  let isIgnored: (file: string) => boolean
  try {
    isIgnored = loadIgnore(io.cwd, options.ignorePath, options.ignorePattern ?? [])
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message)
    throw error
  }
  const sources = {
    paths,
    stdinName: readsStdin ? (options.stdinFilename ?? '<stdin>') : undefined,
    stdinConfigPath: options.stdinFilename ?? 'stdin.txt',
    fix: Boolean(options.fix),
    isIgnored,
    maxBytes,
    concurrency,
    checkFiles: (files: string[]) => {
      const clash = options.outputFile && outputFileProblem(options.outputFile, files, io.cwd)
      if (clash) throw new UsageError(clash)
    }
  }
  const linted = await lintSources(sources, setup, io)
  const results = lintAcrossFiles(linted.results)

  const color = options.color !== false && colorWanted(io)
  let report: string | undefined
  try {
    report = writeReport(results, {format: formatName, quiet: options.quiet, color, outputFile: options.outputFile}, io.cwd)
  } catch (error) {
    throw new UsageError(`cannot write the report to ${options.outputFile}: ${(error as Error).message}`)
  }
  // With --fix on stdin, stdout carries the fixed text, so the report goes to stderr.
  if (report !== undefined) (readsStdin && options.fix ? io.stderr : io.stdout)(report)
  return exitCode(results, linted.failed, maxWarnings)
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
