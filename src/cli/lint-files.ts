import {resolve} from 'node:path'
import type {LintResult} from '../engine/lint.js'
import {isBlank} from '../input/index.js'
import {threadsFor, type Concurrency} from './concurrency.js'
import {lintDraftFile, problemOf, type FileOutcome} from './draft-file.js'
import {expandPaths} from './files.js'
import {lintOnWorkers} from './lint-pool.js'
import {linterFor, type LintSetup} from './lint-setup.js'
import {decodeDraft} from './read-input.js'
import {writeAtomic} from './write.js'

/** Lint one text: its name in reports, and the path its config is looked up from. */
export type LintOne = (text: string, filePath: string, configPath: string) => Promise<LintResult>

/** Where the drafts come from and what to do with fixes. */
export interface Sources {
  paths: string[]
  /** Read standard input instead of paths, under this name. */
  stdinName?: string
  /** A path for stdin's config lookup and format (its --stdin-filename). */
  stdinConfigPath: string
  /** Rewrite files (and print stdin's fixed text) with the safe fixes. */
  fix: boolean
  isIgnored: (file: string) => boolean
  /** Drafts larger than this are refused. */
  maxBytes: number
  /** How many threads may lint files at once (--concurrency). */
  concurrency: Concurrency
  /** Called with the files about to be linted; throws to stop the run (e.g. -o names one of them). */
  checkFiles(files: string[]): void
}

/** What the CLI needs from its process here. */
export interface LintIo {
  cwd: string
  readStdin(): Promise<Uint8Array>
  stdout(text: string): void
  stderr(text: string): void
}

/**
 * Read and lint every draft, in order, on one thread or across several. A file that cannot be
 * read or configured becomes a fatal message on that file (and a line on stderr), and the run
 * goes on: `failed` tells the caller to exit 2.
 */
export async function lintSources(sources: Sources, setup: LintSetup, io: LintIo): Promise<{results: LintResult[]; failed: boolean}> {
  const lintOne = linterFor(setup)
  const results: LintResult[] = []
  let failed = false
  const fail = async (filePath: string, problem: string) => {
    failed = true
    io.stderr(`decline-lint: ${filePath}: ${problem}\n`)
    // Loaded when needed: a run whose drafts all go to worker threads never loads the tagger here.
    const {fatal} = await import('../engine/lint.js')
    results.push({filePath, messages: [fatal(problem)]})
  }
  if (sources.stdinName !== undefined) {
    const name = sources.stdinName
    try {
      // An editor's buffer may be empty: that is nothing to report, not an error.
      const text = decodeDraft(await io.readStdin(), name, sources.maxBytes, true)
      const result = isBlank(text) ? {filePath: name, messages: []} : await lintOne(text, name, sources.stdinConfigPath)
      results.push(result)
      // An editor replaces its buffer with what it gets back: an unchanged draft comes back whole.
      if (sources.fix) io.stdout(result.output ?? text)
    } catch (error) {
      await fail(name, problemOf(error))
    }
    return {results, failed}
  }

  const {files, errors} = expandPaths(sources.paths, sources.isIgnored)
  sources.checkFiles(files)
  for (const error of errors) await fail(error.filePath, error.problem)
  const take = async (file: string, outcome: FileOutcome) => {
    if ('problem' in outcome) return fail(file, outcome.problem)
    if (sources.fix && outcome.text !== undefined) {
      try {
        writeAtomic(resolve(io.cwd, file), outcome.result.output!, outcome.text)
      } catch (error) {
        return fail(file, `could not write the fix: ${(error as Error).message}`)
      }
    }
    results.push(outcome.result)
  }
  const lintHere = (file: string) => lintDraftFile(file, lintOne, io.cwd, sources.maxBytes)
  const threads = threadsFor(sources.concurrency, files.length)
  if (threads > 1) await lintOnWorkers(files, threads, {setup, maxBytes: sources.maxBytes}, lintHere, take)
  else for (const file of files) await take(file, await lintHere(file))
  return {results, failed}
}
