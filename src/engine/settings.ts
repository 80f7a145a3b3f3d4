import {rules as allRules} from '../../rules/index.js'
import type {Rule} from './rule.js'
import {ConfigError, type RuleSetting} from './options.js'
import type {Severity} from '../types.js'

const severities: Record<string, Severity> = {off: 'off', warn: 'warn', warning: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error'}

/** A rule as it will run: its severity and its merged options. */
export interface ActiveRule {
  rule: Rule<object>
  severity: 1 | 2
  options: object
}

/** Throw when `id` names no rule. */
export function checkRuleId(id: string, source?: string): void {
  if (!allRules.some((rule) => rule.id === id)) throw new ConfigError(`unknown rule "${id}" (see --list-rules)`, source)
}

/** Parse one rule setting ("warn", ["error", {maxWords: 200}]) into a severity and options. */
export function parseSetting(id: string, setting: unknown, source?: string): {severity: Severity; options?: Record<string, unknown>} {
  const [level, options] = Array.isArray(setting) ? setting : [setting]
  const severity = severities[String(level)]
  if (!severity) {
    throw new ConfigError(`rule "${id}" has severity ${JSON.stringify(level)}; use off, warn or error`, source)
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new ConfigError(`rule "${id}" options must be an object`, source)
  }
  // Checked here, where a config file is validated, so that the message names that file.
  const defaults = allRules.find((rule) => rule.id === id)?.defaults ?? {}
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults)
      throw new ConfigError(`rule "${id}" has no option "${key}"${known.length ? ` (options: ${known.join(', ')})` : ''}`, source)
    }
    const problem = valueProblem(value, (defaults as Record<string, unknown>)[key])
    if (problem) throw new ConfigError(`rule "${id}" option "${key}" ${problem}, not ${JSON.stringify(value)}`, source)
  }
  return {severity, options: options as Record<string, unknown> | undefined}
}

/**
 * Why `value` cannot stand in for an option whose default is `fallback`: it must be of the same
 * kind, and counts (every numeric option is a limit of words, reasons, days or hours) are whole
 * and not negative. A quoted "200" from YAML would otherwise compare as text and never fire.
 */
function valueProblem(value: unknown, fallback: unknown): string | undefined {
  if (typeof fallback === 'number') {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? undefined : 'must be a whole number, 0 or more'
  }
  return typeof value === typeof fallback ? undefined : `must be a ${typeof fallback}`
}

/** Resolve which rules run, at what severity and with which options; unknown ids are errors. */
export function activeRules(settings: Record<string, RuleSetting> = {}, source?: string): ActiveRule[] {
  for (const id of Object.keys(settings)) checkRuleId(id, source)
  const active: ActiveRule[] = []
  for (const rule of allRules) {
    const {severity, options = {}} = settingOf(rule, settings, source)
    if (severity === 'off') continue
    active.push({rule, severity: severity === 'error' ? 2 : 1, options: {...rule.defaults, ...options}})
  }
  return active
}

function settingOf(rule: Rule<object>, settings: Record<string, RuleSetting>, source?: string) {
  const setting = settings[rule.id]
  return setting === undefined ? {severity: rule.defaultSeverity} : parseSetting(rule.id, setting, source)
}
