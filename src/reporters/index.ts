import type {LintResult} from '../engine/lint.js'
import type {FormatName} from '../cli/options.js'
import {formatJson} from './json.js'
import {formatStylish} from './stylish.js'
import {formatUnix} from './unix.js'

export {toJsonReport, type JsonFileReport, type JsonMessage} from './json.js'

/** Turn results into the text of a report in the chosen format. */
export function format(name: FormatName, results: LintResult[], options: {color: boolean}): string {
  switch (name) {
    case 'json':
      return formatJson(results)
    case 'unix':
      return formatUnix(results)
    case 'stylish':
      return formatStylish(results, options)
  }
}
