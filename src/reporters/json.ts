import type {LintResult} from '../engine/lint.js'
import type {LintMessage} from '../types.js'

/** One file in ESLint's JSON shape, which most CI tooling already reads. */
export interface JsonFileReport {
  filePath: string
  messages: JsonMessage[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  output?: string
}

export interface JsonMessage {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fatal?: true
  fix?: {range: [number, number]; text: string}
  suggestions?: Array<{desc: string; fix: {range: [number, number]; text: string}}>
}

/** Convert a result to ESLint's JSON shape (`output` only when --fix changed the text). */
export function toJsonReport(result: LintResult): JsonFileReport {
  const count = (severity: 1 | 2, fixable = false) =>
    result.messages.filter((message) => message.severity === severity && (!fixable || message.fix)).length
  return {
    filePath: result.filePath,
    messages: result.messages.map(toJsonMessage),
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: result.messages.filter((message) => message.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    ...(result.output === undefined ? {} : {output: result.output})
  }
}

function toJsonMessage(message: LintMessage): JsonMessage {
  return {
    ruleId: message.fatal ? null : message.ruleId,
    severity: message.severity,
    message: message.reason,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(message.fatal ? {fatal: true as const} : {}),
    ...(message.fix ? {fix: message.fix} : {}),
    ...(message.suggestions?.length ? {suggestions: message.suggestions} : {})
  }
}

/** The json format: the whole run as one array. */
export function formatJson(results: LintResult[]): string {
  return JSON.stringify(results.map(toJsonReport)) + '\n'
}
