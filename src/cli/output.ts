import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type {LintResult} from '../engine/lint.js'
import {format, type FormatName} from '../reporters/index.js'

/** How the report is to be written. */
export interface ReportOptions {
  format: FormatName
  quiet?: boolean
  color: boolean
  /** Write here (folders made as needed) instead of stdout. */
  outputFile?: string
}

/** Render the report; write it to --output-file when one is given, else hand it back for stdout. */
export function writeReport(results: LintResult[], options: ReportOptions, cwd: string): string | undefined {
  const shown = options.quiet ? results.map((result) => ({...result, messages: result.messages.filter((m) => m.severity === 2)})) : results
  const report = format(options.format, shown, {color: options.color && !options.outputFile})
  if (!options.outputFile) return report
  const path = resolve(cwd, options.outputFile)
  mkdirSync(dirname(path), {recursive: true})
  writeFileSync(path, report)
  return undefined
}

/** The exit code for a run: 2 when some input could not be read, 1 for errors or too many warnings. */
export function exitCode(results: LintResult[], inputFailed: boolean, maxWarnings: number): number {
  const count = (severity: 1 | 2) => results.reduce((sum, result) => sum + result.messages.filter((m) => m.severity === severity).length, 0)
  if (inputFailed) return 2
  if (count(2) > 0 || (maxWarnings >= 0 && count(1) > maxWarnings)) return 1
  return 0
}
