/**
 * decline-lint as a library: `lint(text, options)` checks one draft with no file-system access.
 * The command line and any other front end call the same function.
 */
export {lint, type LintResult} from './engine/lint.js'
export {lintAsync} from './engine/lint-async.js'
export {lintAcrossFiles} from './engine/across.js'
export {ConfigError, type LintOptions, type RuleSetting} from './engine/options.js'
export {applyEdits} from './engine/fix.js'
export type {Rule, RuleContext} from './engine/rule.js'
export {rules} from '../rules/index.js'
export type {Edit, Finding, LintMessage, Mode, Severity, Suggestion} from './types.js'
export {toJsonReport, type JsonFileReport, type JsonMessage} from './reporters/index.js'
