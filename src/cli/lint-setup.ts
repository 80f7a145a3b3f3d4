import {resolve} from 'node:path'
import {ConfigResolver} from '../config/resolve.js'
import type {ConfigFile} from '../config/schema.js'
import type {RuleSetting} from '../engine/options.js'
import type {Mode} from '../types.js'
import type {LintOne} from './lint-files.js'

/**
 * How every draft of a run is linted, as plain data: the main thread and each worker thread
 * build their own linter from it, so a draft gets the same messages on any of them.
 */
export interface LintSetup {
  cwd: string
  /** The contents of --config: that file alone applies. */
  explicitConfig?: ConfigFile
  /** False with --no-config. */
  useConfig: boolean
  /** --rule flags, over whatever the config files say. */
  rules: Record<string, RuleSetting>
  mode?: Mode
  date?: string
  received?: string
  interview?: string
  /** --fix or --fix-dry-run: compute the fixed text. */
  fix: boolean
}

/** The linter for a run: config files looked up from each draft's path, the flags on top. */
export function linterFor(setup: LintSetup): LintOne {
  const resolver = new ConfigResolver(setup.explicitConfig)
  return async (text, filePath, configPath) => {
    // Loaded on first use: a run whose files all go to worker threads never loads the tagger here.
    const {lintAsync} = await import('../engine/lint-async.js')
    const settings = setup.useConfig ? resolver.optionsFor(resolve(setup.cwd, configPath)) : {}
    return lintAsync(text, {
      ...settings,
      rules: {...settings.rules, ...setup.rules},
      mode: setup.mode ?? settings.mode,
      filePath,
      date: setup.date,
      received: setup.received,
      interview: setup.interview,
      fix: setup.fix
    })
  }
}
