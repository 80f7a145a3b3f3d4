import {sep} from 'node:path'
import {rules} from '../../rules/index.js'
import type {LintResult} from '../engine/lint.js'
import type {Edit, LintMessage} from '../types.js'
import {homepage, version} from '../version.js'

/** The schema GitHub code scanning and other SARIF consumers validate against. */
const schemaUri = 'https://json.schemastore.org/sarif-2.1.0.json'

const level = (message: LintMessage) => (message.severity === 2 ? 'error' : 'warning')

/** A file's path as a relative URI reference, as code scanning expects ("drafts/a%20b.md"). */
function uriOf(filePath: string): string {
  return encodeURI(filePath.split(sep).join('/'))
}

/** SARIF columns count UTF-16 code units, as ours do; an empty region marks an insertion point. */
function region(message: LintMessage) {
  return {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    charOffset: message.start,
    charLength: message.end - message.start
  }
}

function toFix(uri: string, description: string, edit: Edit) {
  const [start, end] = edit.range
  return {
    description: {text: description},
    artifactChanges: [
      {
        artifactLocation: {uri},
        replacements: [{deletedRegion: {charOffset: start, charLength: end - start}, insertedContent: {text: edit.text}}]
      }
    ]
  }
}

/** The safe fix first, then each suggestion that differs from it. */
function fixesOf(uri: string, message: LintMessage) {
  const fixes = message.fix ? [toFix(uri, 'Apply the safe fix', message.fix)] : []
  for (const suggestion of message.suggestions ?? []) {
    const same = message.fix && suggestion.fix.text === message.fix.text && suggestion.fix.range.join() === message.fix.range.join()
    if (!same) fixes.push(toFix(uri, suggestion.desc, suggestion.fix))
  }
  return fixes
}

/**
 * SARIF 2.1.0: one run, the rules with their docs, one result per finding with its region and
 * fixes. Files that could not be read are tool notifications, not results, since no rule found them.
 */
export function formatSarif(results: LintResult[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]))
  const findings = []
  const notifications = []
  for (const result of results) {
    const uri = uriOf(result.filePath)
    for (const message of result.messages) {
      const location = {physicalLocation: {artifactLocation: {uri}, region: region(message)}}
      if (message.fatal) {
        notifications.push({level: 'error', message: {text: message.reason}, locations: [location]})
        continue
      }
      const fixes = fixesOf(uri, message)
      findings.push({
        ruleId: message.ruleId,
        ruleIndex: ruleIndex.get(message.ruleId),
        level: level(message),
        message: {text: message.note ? `${message.reason}. ${message.note}` : message.reason},
        locations: [location],
        ...(fixes.length > 0 ? {fixes} : {})
      })
    }
  }
  const log = {
    $schema: schemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'decline-lint',
            version,
            informationUri: homepage,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: {text: rule.description},
              helpUri: rule.url,
              defaultConfiguration: {level: rule.defaultSeverity === 'error' ? 'error' : 'warning'}
            }))
          }
        },
        invocations: [{executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications}],
        results: findings
      }
    ]
  }
  return JSON.stringify(log, null, 2) + '\n'
}
