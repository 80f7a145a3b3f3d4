import {ConfigError, type RuleSetting} from '../engine/options.js'
import {checkRuleId, parseSetting} from '../engine/settings.js'
import type {Mode} from '../types.js'

/** The settings a config file or an override may hold. */
export interface Settings {
  mode?: Mode
  rules?: Record<string, RuleSetting>
  placeholders?: {allowed?: string[]}
}

/** A config file, validated: data only, nothing in it is ever run. */
export interface ConfigFile extends Settings {
  /** Where it was read from. */
  path: string
  root?: boolean
  overrides?: Array<Settings & {files: string[]}>
}

const topKeys = new Set(['root', 'mode', 'rules', 'placeholders', 'overrides', '$schema'])
const overrideKeys = new Set(['files', 'mode', 'rules', 'placeholders'])

/** Check a parsed config's shape; every problem names the file and the key. */
export function validateConfig(data: unknown, path: string): ConfigFile {
  const record = asRecord(data, 'the config', path)
  for (const key of Object.keys(record)) {
    if (!topKeys.has(key)) throw new ConfigError(`unknown key "${key}" (allowed: ${[...topKeys].filter((k) => k !== '$schema').join(', ')})`, path)
  }
  if (record.root !== undefined && typeof record.root !== 'boolean') throw new ConfigError('"root" must be true or false', path)
  const config: ConfigFile = {path, root: record.root as boolean | undefined, ...validateSettings(record, path, '')}
  if (record.overrides !== undefined) {
    if (!Array.isArray(record.overrides)) throw new ConfigError('"overrides" must be a list', path)
    config.overrides = record.overrides.map((item, index) => {
      const where = `overrides[${index}]`
      const override = asRecord(item, where, path)
      for (const key of Object.keys(override)) {
        if (!overrideKeys.has(key)) throw new ConfigError(`unknown key "${key}" in ${where}`, path)
      }
      const files = typeof override.files === 'string' ? [override.files] : override.files
      if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === 'string')) {
        throw new ConfigError(`${where}.files must be a glob or a list of globs`, path)
      }
      // A config speaks only for the files below its own folder: a repository's config cannot
      // reach files elsewhere on the machine.
      const escaping = files.find((file) => file.startsWith('/') || /^[a-zA-Z]:/.test(file) || file.split(/[\\/]/).includes('..'))
      if (escaping) throw new ConfigError(`${where}.files "${escaping}" points outside the config's folder`, path)
      return {files, ...validateSettings(override, path, `${where}.`)}
    })
  }
  return config
}

function validateSettings(record: Record<string, unknown>, path: string, prefix: string): Settings {
  const settings: Settings = {}
  if (record.mode !== undefined) {
    if (record.mode !== 'draft' && record.mode !== 'template') throw new ConfigError(`"${prefix}mode" must be draft or template`, path)
    settings.mode = record.mode
  }
  if (record.rules !== undefined) {
    const rules = asRecord(record.rules, `"${prefix}rules"`, path)
    for (const [id, setting] of Object.entries(rules)) {
      checkRuleId(id, path)
      parseSetting(id, setting, path)
    }
    settings.rules = rules as Record<string, RuleSetting>
  }
  if (record.placeholders !== undefined) {
    const placeholders = asRecord(record.placeholders, `"${prefix}placeholders"`, path)
    const allowed = placeholders.allowed
    if (allowed !== undefined && (!Array.isArray(allowed) || !allowed.every((name) => typeof name === 'string'))) {
      throw new ConfigError(`"${prefix}placeholders.allowed" must be a list of names`, path)
    }
    settings.placeholders = {allowed: allowed as string[] | undefined}
  }
  return settings
}

function asRecord(value: unknown, what: string, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError(`${what} must be a mapping of keys to values`, path)
  return value as Record<string, unknown>
}
