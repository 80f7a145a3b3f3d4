import type {LintResult} from '../engine/lint.js'

/** A workflow command's message: the runner reads %, CR and LF as escapes. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A workflow command's property value: also ":" and ",", which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): the runner turns each
 * into an annotation on the file, shown on the pull request's diff.
 */
export function formatGithub(results: LintResult[]): string {
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const properties = message.fatal
          ? {file: result.filePath, title: 'decline-lint'}
          : {
              file: result.filePath,
              line: message.line,
              col: message.column,
              endLine: message.endLine,
              endColumn: message.endColumn,
              title: message.ruleId
            }
        const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        const command = message.severity === 2 ? 'error' : 'warning'
        return `::${command} ${list.join(',')}::${escapeData(message.reason)}\n`
      })
    )
    .join('')
}
