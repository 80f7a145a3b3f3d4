import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import type {LintResult} from '../engine/lint.js'

/** The default report, drawn by vfile-reporter like every unified tool's. */
export function formatStylish(results: LintResult[], options: {color: boolean}): string {
  const files = results.map((result) => {
    const file = new VFile({path: result.filePath})
    for (const message of result.messages) {
      const vmessage = file.message(message.reason, {
        place: {
          start: {line: message.line, column: message.column, offset: message.start},
          end: {line: message.endLine, column: message.endColumn, offset: message.end}
        },
        ruleId: message.fatal ? undefined : message.ruleId,
        source: message.fatal ? undefined : message.source
      })
      // vfile-reporter shows `fatal: true` as an error and `false` as a warning.
      vmessage.fatal = message.severity === 2
      vmessage.url = message.url || undefined
      vmessage.note = message.note
    }
    return file
  })
  const report = reporter(files, {color: options.color, defaultName: '<stdin>'})
  return report ? report + '\n' : ''
}
