import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {ConfigResolver} from '../config/resolve.js'
import {ConfigError, type LintOptions, type RuleSetting} from '../engine/options.js'
import {activeRules} from '../engine/settings.js'
import {hasDraftEnding} from '../input/index.js'
import type {Mode} from '../types.js'

/** What an editor may set (initializationOptions, workspace/didChangeConfiguration). */
export interface ClientSettings {
  mode?: Mode
  rules?: Record<string, RuleSetting>
  /** How long a document must stay unchanged before it is linted, in milliseconds. */
  debounceMs?: number
}

/** The default pause in typing before a lint: short enough to feel live, long enough not to lint every key. */
export const defaultDebounceMs = 200

const source = 'editor settings'

/**
 * Read the editor's settings: `{mode, rules, debounceMs}`, either as given or under a `declineLint` key
 * (how most clients nest a server's section). Anything else is a ConfigError naming the problem.
 */
export function parseClientSettings(value: unknown): ClientSettings {
  if (value === undefined || value === null) return {}
  const nested = isRecord(value) && 'declineLint' in value ? value.declineLint : value
  if (!isRecord(nested)) throw new ConfigError('settings must be an object like {"mode": "draft", "rules": {"apology": "off"}}', source)
  const {mode, rules, debounceMs} = nested
  if (debounceMs !== undefined && !(Number.isInteger(debounceMs) && (debounceMs as number) >= 0)) {
    throw new ConfigError(`debounceMs must be a whole number of milliseconds, 0 or more, not ${JSON.stringify(debounceMs)}`, source)
  }
  if (mode !== undefined && mode !== 'draft' && mode !== 'template') throw new ConfigError(`mode must be draft or template, not ${JSON.stringify(mode)}`, source)
  if (rules !== undefined && !isRecord(rules)) throw new ConfigError('rules must be an object of rule ids to severities', source)
  // Validates ids, severities and options now, so a bad setting is reported once, not per draft.
  activeRules(rules as Record<string, RuleSetting> | undefined, source)
  return {mode, rules: rules as Record<string, RuleSetting> | undefined, debounceMs: debounceMs as number | undefined}
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reader endings for documents whose name does not say their format (untitled buffers, mutt's temp files). */
const endingForLanguage: Record<string, string> = {markdown: '.md', mail: '.eml', email: '.eml'}

/**
 * The lint options for each open document: the workspace's config files found from the
 * document's folder, then the editor's settings on top (as `--mode` and `--rule` are on the
 * command line). Config files are read once and re-read after `reload()`.
 */
export class WorkspaceSettings {
  private resolver = new ConfigResolver()
  private client: ClientSettings = {}

  constructor(private readonly rootFolder: string) {}

  /** Forget the config files read so far (they changed on disk). */
  reload(): void {
    this.resolver = new ConfigResolver()
  }

  /** Replace the editor's settings; throws a ConfigError and keeps the old ones when invalid. */
  setClientSettings(value: unknown): void {
    this.client = parseClientSettings(value)
  }

  /** The editor's pause in typing before a lint, or the default. */
  get debounceMs(): number {
    return this.client.debounceMs ?? defaultDebounceMs
  }

  /** Options for `lint()`; throws a ConfigError for a malformed config file. */
  optionsFor(uri: string, languageId: string): LintOptions {
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined
    const known = path !== undefined && hasDraftEnding(path)
    const filePath = known ? path : (path ?? join(this.rootFolder, 'untitled')) + (endingForLanguage[languageId] ?? '.txt')
    const files = this.resolver.optionsFor(path ?? join(this.rootFolder, 'untitled'))
    return {
      ...files,
      rules: {...files.rules, ...this.client.rules},
      mode: this.client.mode ?? files.mode,
      filePath
    }
  }
}

/** The folder of a workspace from its `file:` URI, or undefined for other schemes. */
export function folderOf(uri: string | null | undefined): string | undefined {
  return uri?.startsWith('file:') ? fileURLToPath(uri) : undefined
}
