import {existsSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import type {LintOptions} from '../engine/options.js'
import {configNames, loadConfig} from './load.js'
import type {ConfigFile, Settings} from './schema.js'

/**
 * Finds and merges configuration for files. Configs are looked for from a file's folder upward;
 * farther ones apply first and nearer ones win, and a config with `root: true` ends the walk.
 * Each folder is read once per run.
 */
export class ConfigResolver {
  private readonly byFolder = new Map<string, ConfigFile | undefined>()

  constructor(private readonly explicit?: ConfigFile) {}

  /** The lint options for a file at `filePath` (need not exist: stdin's --stdin-filename). */
  optionsFor(filePath: string): Omit<LintOptions, 'filePath' | 'fix' | 'date'> {
    const configs = this.explicit ? [this.explicit] : this.chain(dirname(resolve(filePath)))
    let merged: Settings = {}
    for (const config of configs) {
      merged = merge(merged, config)
      for (const override of config.overrides ?? []) {
        const relativePath = relative(dirname(config.path), resolve(filePath)).split(sep).join('/')
        if (picomatch(override.files, {dot: true})(relativePath)) merged = merge(merged, override)
      }
    }
    return merged
  }

  /** Configs from the root-most to the nearest. */
  private chain(folder: string): ConfigFile[] {
    const chain: ConfigFile[] = []
    for (let current = folder; ; current = dirname(current)) {
      const config = this.configIn(current)
      if (config) {
        chain.unshift(config)
        if (config.root) break
      }
      if (dirname(current) === current) break
    }
    return chain
  }

  private configIn(folder: string): ConfigFile | undefined {
    if (!this.byFolder.has(folder)) {
      let found: ConfigFile | undefined
      for (const name of configNames) {
        const path = join(folder, name)
        if (existsSync(path)) found = loadConfig(path)
        if (found) break
      }
      this.byFolder.set(folder, found)
    }
    return this.byFolder.get(folder)
  }
}

function merge(base: Settings, next: Settings): Settings {
  return {
    mode: next.mode ?? base.mode,
    rules: {...base.rules, ...next.rules},
    placeholders: next.placeholders ?? base.placeholders
  }
}
