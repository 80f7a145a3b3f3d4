import type {LintResult} from '../engine/lint.js'
import {formatCheckstyle} from './checkstyle.js'
import {formatGithub} from './github.js'
import {formatJson} from './json.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'
import {formatUnix} from './unix.js'

export {toJsonReport, type JsonFileReport, type JsonMessage} from './json.js'

/** The report formats, by name; the first is the default. */
export const formats = ['stylish', 'json', 'sarif', 'github', 'unix', 'checkstyle'] as const
export type FormatName = (typeof formats)[number]

/** Turn results into the text of a report in the chosen format. */
export function format(name: FormatName, results: LintResult[], options: {color: boolean}): string {
  switch (name) {
    case 'json':
      return formatJson(results)
    case 'sarif':
      return formatSarif(results)
    case 'github':
      return formatGithub(results)
    case 'unix':
      return formatUnix(results)
    case 'checkstyle':
      return formatCheckstyle(results)
    case 'stylish':
      return formatStylish(results, options)
  }
}
