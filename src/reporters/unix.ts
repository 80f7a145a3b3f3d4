import type {LintResult} from '../engine/lint.js'

/** `file:line:col: severity message [rule-id]`, one finding a line, as editors and grep expect. */
export function formatUnix(results: LintResult[]): string {
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const severity = message.severity === 2 ? 'error' : 'warning'
        const rule = message.fatal ? '' : ` [${message.ruleId}]`
        return `${result.filePath}:${message.line}:${message.column}: ${severity} ${message.reason.replace(/\r?\n/g, ' ')}${rule}\n`
      })
    )
    .join('')
}
